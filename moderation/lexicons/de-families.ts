// Familien auf Deutsch: das Risiko über seine Teile (Mittel zur Hand, Ort, Abschied, Methode).
import type { CrisisRule, MethodRule, StigmaRule } from './types'

const ORT = "brücke|viadukt|dach|hochhaus|kante|klippe|gleis|gleise|gleisen|bahnsteig|bahnhof|parkhaus|balkon|fenster|fluss|\\d+\\. stock"
const MITTEL = "tabletten|pillen|medikamente|seil|strick|gürtel|pistole|waffe|klinge|klingen|rasierklinge|messer|gift|kohle|emjpil|emjrope|emjgun|emjknife"

export const DE_FAMILIES_CRISIS: CrisisRule[] = [
  { id: 'de.family.at-place', sig: 'attempt', needs: true, note: 'an einem gefährlichen Ort',
    p: `(ich )?(bin|stehe|steh|sitze|sitz|warte) (gerade |jetzt )?(auf|an|am|im|in|oben auf) (der |dem |den |einer |einem )?(${ORT})` },
  { id: 'de.family.means-at-hand', sig: 'attempt', needs: true, note: 'Mittel liegen bereit',
    p: `(die |meine |das |der )?(${MITTEL}) (liegen|liegt|sind|ist)? ?(auf dem (tisch|schreibtisch|bett)|in meiner (hand|tasche)|vor mir|bereit|abgezählt|aufgereiht)` },
  { id: 'de.family.ends', sig: 'intent', note: 'sagt, dass alles zu einer Zeit endet',
    p: "(alles|es|der schmerz) (endet|hört auf|ist vorbei) (heute nacht|heute|morgen|bald|jetzt)|(heute nacht|heute|morgen) (endet|ist) (alles|es) (vorbei)?|(das ist|es ist) meine letzte (nacht|woche)|ich (werde|werd) morgen nicht (mehr )?aufwachen" },
  { id: 'de.family.farewell', sig: 'goodbye', needs: true, note: 'Abschiedsworte',
    p: "ich (hab|habe) euch (alle )?lieb|danke für alles|verzeiht mir|(es tut mir leid|sorry) für alles|macht euch keine vorwürfe|seid nicht traurig|sagt (meiner mutter|meiner familie|meinem bruder|meiner schwester),? dass ich (sie|ihn) liebe" },
  { id: 'de.family.think-method', sig: 'ideation', note: 'denkt an eine Art zu sterben',
    p: "(denke|denk|gedanken) (daran|an|ans)?,? ?(mich (zu )?(erhängen|aufzuhängen|vor den zug zu werfen|zu vergiften|zu erschießen)|alle tabletten (zu )?(nehmen|schlucken)|(von der brücke|vom dach) zu springen|eine überdosis)" },
  { id: 'de.family.passive-more', sig: 'passive', neg: false, note: 'passiver Wunsch, nicht weiterzumachen',
    p: "ich sehe mich nicht (mehr )?(leben|bis|älter werden)|ich stelle mir (meine|meine eigene) beerdigung vor|(ich bin )?müde (zu existieren|vom existieren)|ich (will|möchte) (einfach )?(für immer schlafen|weg sein)|(ich )?(hab|habe) keine kraft mehr zu leben|ich existiere nur noch" },
  { id: 'de.family.other-danger', sig: 'time', note: 'eine andere Person ist vielleicht gerade in Gefahr',
    p: "geht nicht (mehr )?(ans|an ihr|an sein) (handy|telefon)|(ich )?erreiche (sie|ihn) nicht|(ihr|sein) handy ist aus" },
  { id: 'de.family.posted-goodbye', sig: 'goodbye', note: 'hat einen Abschied gepostet oder geschickt', p: "(hat )?(einen |eine )?abschied(sbrief|snachricht)? (gepostet|geschrieben|geschickt)" },
]

export const DE_FAMILIES_METHOD: MethodRule[] = [
  { id: 'de.method.enquiry', sig: 'plan', note: 'fragt, wie eine Methode funktioniert',
    p: "wie (lange|hoch|viele|viel) ~~ (dauert es|braucht man|tödlich|um zu sterben|reicht)|tut (es|erhängen|springen) weh|(welche|welcher) (tabletten|methode|stock|brücke) (ist|wäre) (am )?(schnellsten|sichersten|schmerzlos)" },
  { id: 'de.method.place-jump', sig: 'plan', note: 'ein gefährlicher Ort mit Springen oder Fallen',
    p: `(springen|runterspringen|stürzen|werfen|fallen) ~~ (${ORT}|zug|u-bahn|s-bahn)|(${ORT}) ~~ (springen|runterspringen|stürzen)` },
  { id: 'de.method.train', sig: 'plan', note: 'Höhe, Fahrzeug oder Bahnstrecke', p: "(gleis|gleisen|gleise) ~~ (zug|u-bahn|s-bahn)" },
  { id: 'de.method.words', sig: 'plan', note: 'Detail einer Methode',
    p: "(seil|strick|gürtel|kabel|schal) ~~ (hals|aufhängen|erhängen|balken|tür|decke)|(klinge|rasierklinge|messer|scherbe) ~~ (handgelenk|handgelenke|arm|arme|pulsader|pulsadern|tief)|(gift|rattengift|kohle|gas) ~~ (trinken|schlucken|auto|zimmer|abgedichtet)|(pistole|waffe|gewehr) ~~ (kopf|mund|abdrücken)|überdosis ({pills})" },
]

export const DE_FAMILIES_STIGMA: StigmaRule[] = [
  { id: 'de.stigma.insult-adj', guide: 'bc2m', suggestion: 'unvernünftig', note: 'Wort für psychische Erkrankung als Beleidigung',
    p: "(du bist|bist du|er ist|sie ist|der ist|die ist) (doch |voll |total |komplett |echt )?(wahnsinnig|irre|geisteskrank|psychotisch|bekloppt|plemplem|durchgeknallt)|(gehört|gehören|muss|müsste|sollte) (in die )?(klapse|psychiatrie) (eingewiesen|weggesperrt)?|(hast du|du hast) (deine )?(tabletten|pillen) vergessen" },
]
