// Familles en français : le risque dit par ses parties (moyen à portée, lieu, adieux, méthode).
import type { CrisisRule, MethodRule, StigmaRule } from './types'

const LIEU = "pont|viaduc|toit|rebord|falaise|voie|voies|rails|quai|gare|parking|balcon|fen[eê]tre|rivi[eè]re|seine|\\d+(e|eme|ème) [eé]tage"
const MOYEN = "cachets|comprimes|comprimés|medocs|médocs|medicaments|médicaments|corde|ceinture|pistolet|fusil|lame|lames|rasoir|couteau|javel|poison|charbon|emjpil|emjrope|emjgun|emjknife"

export const FR_FAMILIES_CRISIS: CrisisRule[] = [
  { id: 'fr.family.at-place', sig: 'attempt', needs: true, note: 'dans un lieu dangereux',
    p: `(je suis|suis|chui|assis|assise|debout|j'?attends) (sur|au bord (du|de la)|en haut (du|de la)|au|a la|à la|dans) (le |la |les |un |une )?(${LIEU})` },
  { id: 'fr.family.means-at-hand', sig: 'attempt', needs: true, note: 'moyen à portée de main',
    p: `(les |mes |la |le |ma |mon )?(${MOYEN}) (sont|est)? ?(sur (la table|le bureau|mon lit)|dans (ma main|mes mains|mon sac|ma poche)|devant moi|pr[eê]ts?|pr[eê]tes?|align[eé]s|compt[eé]s)` },
  { id: 'fr.family.ends', sig: 'intent', note: "dit que tout s'arrête à un moment",
    p: "(tout|[cç]a|la douleur) (s'?arr[eê]te|se termine|finit) (ce soir|cette nuit|demain|bient[oô]t|maintenant)|(ce soir|cette nuit|demain) (tout )?(s'?arr[eê]te|se termine|c'?est fini)|(c'?est|ce sera) ma derni[eè]re (nuit|journ[eé]e)|je ne me r[eé]veillerai pas demain" },
  { id: 'fr.family.farewell', sig: 'goodbye', needs: true, note: "mots d'adieu",
    p: "je vous aime (tous|toutes|fort)|merci pour tout|pardon(nez-moi)? pour tout|ne (vous )?culpabilisez pas|ne soyez pas tristes|dites [aà] (ma m[eè]re|ma famille|mon fr[eè]re|ma s[oœ]eur) que je (l'?|les )?aime" },
  { id: 'fr.family.think-method', sig: 'ideation', note: 'pense à une façon de mourir',
    p: "(je pense|pensé|penser|j'?pense) [aà] (me pendre|sauter|me jeter|m'?ouvrir les veines|prendre tous mes cachets|faire une overdose|m'?empoisonner|me tirer une balle)" },
  { id: 'fr.family.passive-more', sig: 'passive', neg: false, note: 'souhait passif de ne pas continuer',
    p: "je ne me vois pas (arriver|vivre|tenir) (jusqu'?[aà]|[aà]|encore)|j'?imagine mon (propre )?enterrement|(je suis )?fatigu[eé]e? d'?exister|je (ne )?vis (plus|pas),? je survis|j'?ai plus la force de vivre|(j'?aimerais|je voudrais|je souhaite|j'?esp[eè]re) (juste )?ne (plus|pas|jamais) me r[eé]veiller|je veux partir (pour toujours|d[eé]finitivement)" },
  { id: 'fr.family.other-danger', sig: 'time', note: 'une autre personne peut être en danger maintenant',
    p: "(ne )?r[eé]pond (plus|pas)|(j'?arrive|je n'?arrive) (pas|plus) [aà] (la|le|les) joindre|(son|leur) t[eé]l[eé]phone est (coup[eé]|[eé]teint)" },
  { id: 'fr.family.posted-goodbye', sig: 'goodbye', note: "a publié ou envoyé un adieu", p: "(a post[eé]|a [eé]crit|a envoy[eé]|a laiss[eé]) (un message d'?|une lettre d'?)?adieu" },
]

export const FR_FAMILIES_METHOD: MethodRule[] = [
  { id: 'fr.method.enquiry', sig: 'plan', note: 'demande comment fonctionne une méthode',
    p: "combien de (temps|cachets|comprim[eé]s|m[eé]docs) ~~ (pour mourir|mortel|mortelle|il faut)|(est-ce que [cç]a fait mal|[cç]a fait mal) de (se pendre|sauter|mourir|s'?ouvrir les veines)|(quel|quelle) (m[eé]thode|[eé]tage|pont|m[eé]dicament) (est|serait) (le |la )?(plus (rapide|efficace)|sans douleur)" },
  { id: 'fr.method.place-jump', sig: 'plan', note: "un lieu dangereux avec une façon de tomber ou sauter",
    p: `(sauter|me jeter|me lancer|tomber|me laisser tomber) ~~ (${LIEU}|train|m[eé]tro|rer)|(${LIEU}) ~~ (sauter|me jeter|me lancer)` },
  { id: 'fr.method.train', sig: 'plan', note: 'hauteur, véhicule ou voie ferrée', p: "(voies|rails) ~~ (train|m[eé]tro|rer)" },
  { id: 'fr.method.words', sig: 'plan', note: "détail d'une méthode",
    p: "(corde|ceinture|c[aâ]ble|foulard) ~~ (cou|pendre|poutre|porte|plafond)|(lame|rasoir|couteau|verre) ~~ (poignets?|bras|veines?|profond)|(javel|poison|mort-aux-rats|charbon|gaz) ~~ (boire|avaler|voiture|chambre|ferm[eé]e?)|(pistolet|fusil|arme) ~~ (t[eê]te|bouche|me tirer)|overdose de ({pills})" },
]

export const FR_FAMILIES_STIGMA: StigmaRule[] = [
  { id: 'fr.stigma.insult-adj', guide: 'bc2m', suggestion: 'déraisonnable', note: 'mot de santé mentale utilisé comme insulte',
    p: "(t'?es|tu es|il est|elle est|ils sont) (compl[eè]tement |trop |vraiment )?(barj[oa]t?|psychotique|givr[eé]e?|timbr[eé]e?)|(faut|faudrait|il faudrait) (l'?|les )?(interner|enfermer)|(t'?as|tu as) oubli[eé] (tes|de prendre tes) (cachets|m[eé]docs)|fou [aà] lier" },
]
