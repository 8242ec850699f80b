// Core concepts for Spanish, French, German and Portuguese: THINK-ing (with adverbs) about a
// DEATH object, in any word order the languages allow, so new phrasings are still caught.
import type { CrisisRule } from './types'

export const ES_CORE: CrisisRule[] = [
  { id: 'core.think-death', sig: 'ideation', note: 'piensa en morir o en el suicidio',
    p: "(pienso|pensando|pensar|pensé|fantaseo|fantaseando|imagino|imaginando|planeo|planeando|considero|considerando) ((mucho|seriamente|en serio|todo el tiempo|cada día|otra vez|mucho más) )*(en|con)? ~ (morir(me)?|la muerte|mi muerte|matarme|suicidarme|el suicidio|quitarme la vida|acabar con (todo|mi vida)|mi (propio )?funeral|tirarme|ahorcarme)" },
]
export const FR_CORE: CrisisRule[] = [
  { id: 'core.think-death', sig: 'ideation', note: 'pense à mourir ou au suicide',
    p: "(pense|penser|pensais|songe|songer|rêve|imagine|planifie|envisage|envisager) ((sérieusement|souvent|tout le temps|chaque jour|encore|de plus en plus|vraiment) )*(à|au|de|d')? ?~ (mourir|la mort|ma mort|me tuer|me suicider|le suicide|en finir|mettre fin à mes jours|mettre fin à ma vie|mon (propre )?enterrement|me pendre|sauter)" },
  { id: 'core.end-life', sig: 'ideation', note: 'parle de mettre fin à ses jours',
    p: "mettre fin à (mes jours|ma vie)|(me )?(donner|ôter) la (mort|vie)" },
]
export const DE_CORE: CrisisRule[] = [
  { id: 'core.think-death', sig: 'ideation', note: 'denkt ans Sterben oder an Suizid',
    p: "(denke|denk|dachte|gedanken|überlege|plane|fantasiere|stelle mir vor) ((ernsthaft|ständig|oft|jeden tag|immer wieder|wieder|die ganze zeit|schon) )*(daran|darüber|dran|an|ans|über|übers)? ?(nach)?,? ?(?! ?([a-z]+ )?(nicht|nie|niemals|keine?n?) )~ (sterben|den tod|meinen tod|suizid|selbstmord|mich umzubringen|mich zu töten|mir das leben zu nehmen|meine beerdigung|mich zu erhängen|zu springen)" },
  { id: 'core.end-life', sig: 'ideation', note: 'spricht davon, sich das Leben zu nehmen',
    p: "mir das leben (zu )?nehmen|mich (zu )?töten" },
]
export const PT_CORE: CrisisRule[] = [
  { id: 'core.think-death', sig: 'ideation', note: 'pensa em morrer ou em suicídio',
    p: "(penso|pensando|pensar|pensei|fantasio|imagino|imaginando|planejo|planejando|considero|considerando) ((muito|seriamente|sério|o tempo todo|todo dia|todos os dias|de novo|cada vez mais) )*(em|no|na|com)? ~ (morrer|a morte|minha morte|me matar|suicídio|me suicidar|tirar (a )?minha (própria )?vida|acabar com (tudo|minha vida)|meu (próprio )?enterro|me enforcar|pular)" },
]

// Recent-act, means-in-hand and "no longer your worry" phrasings, per language.
export const ES_CORE_MORE: CrisisRule[] = [
  { id: 'core.just-took', sig: 'attempt', note: 'acaba de tomar una sobredosis',
    p: "(me )?acabo de (tomar|tragar|beber) ~~ (pastillas|comprimidos|frasco|caja|blíster|bote|{drug})" },
  { id: 'core.no-worry', sig: 'goodbye', who: 'self', note: 'dice que pronto nadie tendrá que preocuparse por él/ella',
    p: "no (tendrán|van a tener|tendréis|vas a tener) que preocupar(se|te|os) (más )?por mí|(ya )?no (voy a ser|seré) (un problema|una preocupación)" },
  { id: 'core.this-world', sig: 'ideation', neg: false, note: 'no quiere seguir en este mundo',
    p: "(no quiero|ya no quiero) (estar|seguir|vivir) en este mundo|me quiero ir de este mundo" },
  { id: 'core.selfharm-other', sig: 'selfharm', who: 'other', note: 'otra persona se autolesiona',
    p: "se (está|estaba|anda) (cortando|lastimando|haciendo daño|quemando|autolesionando)" },
  { id: 'core.at-hand', sig: 'attempt', note: 'medio en la mano o un tren a punto de llegar',
    p: "(pistola|arma|escopeta|revólver|cuchilla|navaja) ~~ (en la mano|en mis manos|en mi regazo)|(vías|puente) ~~ (próximo tren|el tren) (llega|viene|pasa) (en|ya)|ya está hecho|(me )?tomé (todo|todas) ~~ (botiquín|cajón|armario)" },
  { id: 'core.dream', sig: 'ideation', note: 'sueña con morir', p: "(sueño|soñando|soñar) con (morir(me)?|la muerte|matarme|estar muert[oa]|no despertar)" },
]
export const FR_CORE_MORE: CrisisRule[] = [
  { id: 'core.at-hand', sig: 'attempt', note: 'moyen en main ou train qui arrive',
    p: "(fusil|pistolet|arme|lame|couteau) ~~ (dans (les|la|mes|ma) mains?)|(voies|rails|pont) ~~ (prochain train|le train) (arrive|passe) (dans|bientôt)" },
  { id: 'core.dream', sig: 'ideation', note: 'rêve de mourir', p: "(je )?rêve (de|à) (mourir|la mort|me tuer|être mort|ne plus me réveiller)" },
  { id: 'core.just-took', sig: 'attempt', note: "vient de prendre une surdose",
    p: "je viens (d'?avaler|de prendre) ~~ (boîte|plaquette|cachets|comprimés|médocs|médicaments|{drug})" },
  { id: 'core.no-worry', sig: 'goodbye', who: 'self', note: "dit que bientôt personne n'aura à s'inquiéter pour lui/elle",
    p: "(vous )?n'?aurez plus à vous (inquiéter|soucier|occuper) (pour|de) moi|(tu )?n'?auras plus à t'?(inquiéter|occuper) (pour|de) moi" },
  { id: 'core.do-it', sig: 'intent', note: 'dit le faire à un moment donné',
    p: "je (le fais|vais le faire|le ferai|passe à l'?acte) (ce soir|cette nuit|demain|maintenant)" },
  { id: 'core.means', sig: 'means', needs: true, note: 'a un moyen à disposition', p: "j'?ai (la|une|le|un) (corde|arme|lame|pistolet|fusil|noeud coulant)" },
]
export const DE_CORE_MORE: CrisisRule[] = [
  { id: 'core.at-hand', sig: 'attempt', note: 'Mittel in der Hand oder ein Zug kommt gleich',
    p: "(waffe|pistole|gewehr|klinge|messer) ~~ (in der hand|in den händen|auf dem schoß)|(gleis|gleisen|brücke) ~~ (nächste zug|der zug) (kommt|fährt ein) (in|gleich)|es ist erledigt|alles aus dem (medikamentenschrank|arzneischrank|badezimmerschrank) (genommen|geschluckt)" },
  { id: 'core.dream', sig: 'ideation', note: 'träumt vom Sterben', p: "träume ~ (davon,? )?(zu sterben|vom sterben|vom tod|tot zu sein|nicht mehr aufzuwachen)" },
  { id: 'core.just-took', sig: 'attempt', note: 'hat gerade eine Überdosis genommen',
    p: "(ich )?(hab|habe) (gerade|eben|schon|grad) ~~ (tabletten|pillen|packung|schachtel|{drug}) (genommen|geschluckt)" },
  { id: 'core.no-worry', sig: 'goodbye', who: 'self', note: 'sagt, bald müsse sich niemand mehr Sorgen machen',
    p: "(ihr )?(müsst|müssen|braucht|brauchst) (ihr )?(euch |dich )?(bald )?keine sorgen mehr um mich (zu )?machen" },
  { id: 'core.do-it', sig: 'intent', note: 'sagt, es zu einer Zeit zu tun', p: "(mache|mach|tue|tu) es (heute nacht|heute abend|heute|morgen|jetzt)" },
  { id: 'core.means', sig: 'means', needs: true, note: 'hat ein Mittel zur Hand', p: "(ich )?(hab|habe) (das|ein|einen|die|eine) (seil|strick|waffe|pistole|klinge|messer)(?! für)" },
]
export const PT_CORE_MORE: CrisisRule[] = [
  { id: 'core.at-hand', sig: 'attempt', note: 'meio na mão ou trem chegando',
    p: "(arma|revólver|pistola|lâmina|faca) ~~ (na mão|nas mãos|no colo)|(trilhos?|ponte) ~~ (próximo trem|o trem) (chega|passa|vem) (em|já)" },
  { id: 'core.dream', sig: 'ideation', note: 'sonha em morrer', p: "sonho (em|com) (morrer|a morte|me matar|estar mort[oa])" },
  { id: 'core.just-took', sig: 'attempt', note: 'acabou de tomar uma overdose',
    p: "acabei de (tomar|engolir) ~~ (cartela|caixa|comprimidos|remédios|vidro|{drug})" },
  { id: 'core.no-worry', sig: 'goodbye', who: 'self', note: 'diz que logo ninguém precisará se preocupar',
    p: "(não )?(vão|vai) (mais )?precisar (se )?preocupar comigo|ninguém (vai|precisa|vai precisar) (mais )?se preocupar comigo" },
  { id: 'core.selfharm-other', sig: 'selfharm', who: 'other', note: 'outra pessoa se autolesiona',
    p: "(está|anda|tá) se (cortando|machucando|ferindo|queimando|mutilando)" },
  { id: 'core.means', sig: 'means', needs: true, note: 'tem um meio à mão', p: "(já )?(tenho|comprei) (a|uma) (corda|arma|lâmina|faca)(?! (pro|pra|para))" },
]
