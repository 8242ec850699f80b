// Familias en español: el riesgo dicho por sus partes (medio a mano, lugar, despedida, método).
import type { CrisisRule, MethodRule, StigmaRule } from './types'

const LUGAR = "puente|viaducto|azotea|tejado|techo|cornisa|borde|acantilado|v[ií]as|andén|anden|estaci[oó]n|estacionamiento|parking|balc[oó]n|r[ií]o|presa|piso \\d+|\\d+ ?º? piso"
const MEDIO = "pastillas|pastilla|comprimidos|soga|cuerda|pistola|arma|cuchilla|cuchillas|navaja|cuchillo|veneno|lej[ií]a|carb[oó]n|emjpil|emjrope|emjgun|emjknife"

export const ES_FAMILIES_CRISIS: CrisisRule[] = [
  { id: 'es.family.at-place', sig: 'attempt', needs: true, note: 'en un lugar de peligro',
    p: `(estoy|sigo|sentad[oa]|parad[oa]|aqu[ií]) (en|sobre|al borde de|arriba de|encima de) (el |la |los |las |un |una )?(${LUGAR})` },
  { id: 'es.family.means-at-hand', sig: 'attempt', needs: true, note: 'medio a mano',
    p: `(las |la |el |mis |los )?(${MEDIO}) (est[aá]n?|ya est[aá]n?)? ?(en (la mesa|mi mano|mis manos|mi mochila|el bolsillo|frente a m[ií])|preparad[oa]s?|listas?|listos?|contad[oa]s?|alinead[oa]s?)` },
  { id: 'es.family.ends', sig: 'intent', note: 'dice que todo termina en un momento',
    p: "(todo|esto|el dolor) (se )?(termina|acaba) (esta noche|hoy|mañana|pronto|ya)|(esta noche|hoy|mañana) (todo )?(se )?(termina|acaba)|(es|esta es) mi [uú]ltim[oa] (noche|d[ií]a)|ma[ñn]ana no (voy a )?despertar" },
  { id: 'es.family.farewell', sig: 'goodbye', needs: true, note: 'palabras de despedida',
    p: "(los|las) quiero (a todos|mucho)|gracias por todo|perd[oó]n(enme)? por todo|no (se )?culpen|no est[eé]n tristes|(diganle|díganle|dile) a mi (mam[aá]|familia|herman[oa]) que (la|lo|los) quiero" },
  { id: 'es.family.think-method', sig: 'ideation', note: 'piensa en una forma de morir',
    p: "(pienso|pensando|pensar) en (tirarme|colgarme|ahorcarme|cortarme las venas|tomarme todas las pastillas|una sobredosis|envenenarme|pegarme un tiro)" },
  { id: 'es.family.passive-more', sig: 'passive', neg: false, note: 'deseo pasivo de no seguir',
    p: "no me veo (llegando|viviendo|estando) (a|hasta|aqu[ií])|me imagino mi (propio )?funeral|(estoy )?cansad[oa] de existir|(solo )?existo,? (pero )?no vivo|(y )?si (simplemente )?no despierto|(ser[ií]a) mejor (no despertar|no existir|morirme|no estar|desaparecer)|ojal[aá] (todo )?(se )?(acabe|termine)" },
  { id: 'es.family.other-danger', sig: 'time', note: 'otra persona puede estar en peligro ahora',
    p: "no (me )?(contesta|responde|atiende)|no (la|lo|los) (puedo|logro) (localizar|contactar)|(tiene|tenía) el (celular|m[oó]vil|tel[eé]fono) apagado" },
  { id: 'es.family.posted-goodbye', sig: 'goodbye', note: 'publicó o mandó una despedida', p: "(public[oó]|escribi[oó]|mand[oó]|dej[oó]) (una |un mensaje de |una carta de )?despedida" },
]

export const ES_FAMILIES_METHOD: MethodRule[] = [
  { id: 'es.method.enquiry', sig: 'plan', note: 'pregunta cómo funciona un método',
    p: "(cu[aá]nto|cu[aá]ntas|cu[aá]ntos) ~~ (tarda|tardar[ií]a|hace falta|se necesita|es mortal|es letal|para morir)|(duele|dolerá|doler[ií]a) (ahorcarse|colgarse|tirarse|una sobredosis|cortarse)|(qu[eé]|cu[aá]l) (pastilla|m[eé]todo|forma|puente|piso) (es|ser[ií]a) (mejor|m[aá]s r[aá]pid[oa]|indoloro)" },
  { id: 'es.method.place-jump', sig: 'plan', note: 'un lugar de peligro con una forma de caer o saltar',
    p: `(tirarme|tirarse|saltar|lanzarme|aventarme|caer) ~~ (${LUGAR}|tren|metro)|(${LUGAR}) ~~ (tirarme|saltar|lanzarme)` },
  { id: 'es.method.train', sig: 'plan', note: 'altura, vehículo o vías', p: "(v[ií]as) ~~ (tren|metro)" },
  { id: 'es.method.words', sig: 'plan', note: 'detalle de un método',
    p: "(soga|cuerda|cintur[oó]n|cable) ~~ (cuello|colgar|ahorcar|viga|puerta|techo)|(cuchilla|navaja|cuchillo|vidrio) ~~ (muñecas?|brazos?|venas?|profund[oa])|(lej[ií]a|veneno|raticida|carb[oó]n|gas) ~~ (tomar|beber|coche|auto|habitaci[oó]n|cerrad[oa])|(pistola|arma|escopeta|rev[oó]lver) ~~ (cabeza|boca|dispararme)|sobredosis de ({pills})" },
]

export const ES_FAMILIES_STIGMA: StigmaRule[] = [
  { id: 'es.stigma.insult-adj', guide: 'bc2m', suggestion: 'poco razonable', note: 'palabra de salud mental usada como insulto',
    p: "(est[aá]|es|eres|est[aá]s) (re |muy |super |s[uú]per |totalmente |completamente )?(pirad[oa]|chalad[oa]|zumbad[oa]|desquiciad[oa]|trastornad[oa]|psic[oó]tic[oa])|(hay que|habr[ií]a que|deber[ií]an) (encerrar(lo|la|los|las)?|internar(lo|la|los|las)?)|(se te olvid[oó]|te olvidaste de) (tomar )?(tus|la) (pastillas|medicaci[oó]n)" },
]
