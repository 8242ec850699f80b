// Familias en español: el riesgo dicho por sus partes (medio a mano, lugar, despedida, método).
import type { CrisisRule, MethodRule, StigmaRule } from './types'

const LUGAR = "puente|viaducto|azotea|tejado|techo|cornisa|borde|acantilado|vías|andén|estación|estacionamiento|parking|balcón|río|presa|piso \\d+|\\d+ ?º? piso"
const MEDIO = "pastillas|pastilla|comprimidos|soga|cuerda|pistola|arma|cuchilla|cuchillas|navaja|cuchillo|veneno|lejía|carbón|emjpil|emjrope|emjgun|emjknife"

// Construcciones generales (persona + deseo/intención + predicado de muerte o daño), con variantes.
const MUERTE_ME = "morirme|matarme|suicidarme|quitarme la vida|desvivirme|auto ?eliminarme|acabar con mi vida|terminar con mi vida"
const MUERTE_GEN = "acabar con todo|terminar con todo|dejar de existir|no existir|desaparecer para siempre"
const ES_GENERAL: CrisisRule[] = [
  { id: 'general.idea-of', sig: 'ideation', who: 'self', note: 'le ronda la idea de quitarse la vida',
    p: `(la |esa )?(idea|ganas|tentación|deseo) de (${MUERTE_ME})|(pienso|pensaba|pensando|pensar|pensé|ando pensando|sigo pensando) (mucho |siempre |otra vez |solo )?en (${MUERTE_ME})` },
  { id: 'general.idea-of-end', sig: 'ideation', note: 'le ronda la idea de acabar con todo',
    p: `(la |esa )?(idea|ganas|tentación|deseo) de (${MUERTE_GEN})|(pienso|pensaba|pensando|pensar|pensé|ando pensando|sigo pensando) (mucho |siempre |otra vez |solo )?en (${MUERTE_GEN})` },
  { id: 'general.try-again', sig: 'ideation', who: 'self', note: 'piensa en volver a intentarlo',
    p: "(pensar|pienso|pensando|ganas de|quiero) (en )?(volver a )?intentarlo( otra vez| de nuevo)?|volver a intentarlo" },
  { id: 'general.do-it-when', sig: 'intent', who: 'self', neg: false, note: 'dice que lo hará en un momento concreto',
    p: "cuando (se duerman|se vayan|no haya nadie|me quede sol[oa]|esté sol[oa]),? ~ (lo hago|ya está|me voy|me mato|lo voy a hacer)" },
  { id: 'general.letters', sig: 'plan', note: 'dejó cartas escritas',
    p: "(dejé|tengo|ya tengo) (ya )?(escritas?|listas?) (las |una |mis |la )?cartas?|(dejé|tengo) (las |unas |mis )?cartas? (escritas|listas)" },
  { id: 'general.settle-pets', sig: 'goodbye', needs: true, note: 'deja a sus mascotas con otra persona',
    p: "dejé (al|a la|a mi|a mis|mi|mis|los|las) (gato|gata|perro|perra|mascotas?|gatos|perros) con" },
  { id: 'general.settle-debts', sig: 'goodbye', needs: true, note: 'salda sus deudas',
    p: "pagué (lo que debía|mis deudas|todas (mis|las) (deudas|cuentas)|todo lo que debía)" },
  { id: 'general.settle-tidy', sig: 'goodbye', needs: true, note: 'deja todo limpio o borra su rastro',
    p: "(limpié|ordené) (todo|la casa|el piso|mi cuarto) (de arriba abajo)?|borré (mis|todas mis) (fotos|redes|cuentas)" },
  { id: 'general.gave-away', sig: 'goodbye', note: 'regala sus cosas porque ya no las usará',
    p: "ya no (lo|la|los|las) (voy a|vaya a) (usar|necesitar)( más)?" },
  { id: 'general.giving-things', sig: 'goodbye', needs: true, note: 'está regalando sus cosas',
    p: "(regalé|regalando|he regalado|le di|les di) (mi|mis|casi todas mis|todas mis) ~ (a|porque)" },
  { id: 'general.no-longer-burden', sig: 'goodbye', note: 'dice que pronto dejará de ser una carga',
    p: "(dejaré|voy a dejar) de ser (un estorbo|una carga|un problema|un peso)" },
  { id: 'general.wont-reach', sig: 'goodbye', neg: false, note: 'no cree llegar a una fecha',
    p: "no (creo que )?(llegue|llegaré|voy a llegar|vaya a llegar) (a|para|hasta) (mi cumpleaños|navidad|fin de año|año nuevo|el verano|la semana que viene)" },
  { id: 'general.leaving', sig: 'ideation', note: 'dice que se va para siempre',
    p: "ya fue ~~ me voy|me voy (de verdad|para siempre|de este mundo)(?! (a|al|en|con) )|me quiero ir (para siempre|de este mundo|de aquí para siempre)(?! (a|al|en|con) )" },
  { id: 'general.no-doy-mas', sig: 'hopeless', neg: false, note: 'dice que ya no puede más (regional)',
    p: "ya no doy más(?! de)|no doy más con (esto|mi vida|todo)" },
  { id: 'general.hit-self', sig: 'selfharm', note: 'se golpea o se hiere',
    p: "me (pego|golpeo|doy) (la cabeza |golpes |cabezazos )?contra (la pared|el suelo|la puerta)|(pegarme|golpearme|darme) (la cabeza |golpes |cabezazos )?contra|hasta (sangrar|hacerme sangre)" },
  { id: 'general.sleep-not-wake', sig: 'passive', neg: false, note: 'desea dormir y no despertar',
    p: "(me )?(durmiera|dormir|dormirme) y no (despertara|despertar|despertarme)( más| nunca)?|no (despertar|despertarme|volver a despertar) nunca" },
  { id: 'general.better-without', sig: 'passive', who: 'self', note: 'cree que otros estarían mejor sin él/ella',
    p: "(estarían|vivirían|serían) (más felices|mejor) (sin mí|con otr[oa] (madre|padre|hij[oa]|pareja|novi[oa]|herman[oa]|amig[oa]))" },
  { id: 'general.better-without-other', sig: 'passive', who: 'other', note: 'otra persona cree que estarían mejor sin ella',
    p: "(estaríamos|estarían) mejor sin (él|ella)" },
  { id: 'general.run-over', sig: 'passive', neg: false, note: 'desea un accidente mortal',
    p: "no me importaría (que me )?(atropell\\w+|morir|muriera|pasara algo)|(que|si) me (atropellara|atropelle|atropellaran) (un|el)" },
  { id: 'general.farewell-posted', sig: 'goodbye', note: 'publicó palabras de despedida',
    p: "(puso|escribió|mandó|publicó|subió) ~~ (perdón por todo|gracias por todo|cuídense|los quiero a todos|adiós a todos)" },
  { id: 'general.hidden-blood', sig: 'selfharm', needs: true, note: 'señales de autolesión ocultas',
    p: "manga(s)? larga(s)? ~~ (calor|grados|verano)" },
  { id: 'general.blood-seen', sig: 'selfharm', needs: true, note: 'encontró sangre sin explicación',
    p: "(vi|veo|encontré|había|hay) sangre en (la|el|su|sus|mi)" },
]

export const ES_FAMILIES_CRISIS: CrisisRule[] = [
  ...ES_GENERAL,
  { id: 'family.at-place', sig: 'attempt', needs: true, note: 'en un lugar de peligro',
    p: `(estoy|sigo|sentad[oa]|parad[oa]|aquí) (en|sobre|al borde de|arriba de|encima de) (el |la |los |las |un |una )?(${LUGAR})` },
  { id: 'family.means-at-hand', sig: 'attempt', needs: true, note: 'medio a mano',
    p: `(las |la |el |mis |los )?(${MEDIO}) (están?|ya están?)? ?(en (la mesa|mi mano|mis manos|mi mochila|el bolsillo|frente a mí)|preparad[oa]s?|listas?|listos?|contad[oa]s?|alinead[oa]s?)` },
  { id: 'family.ends', sig: 'intent', note: 'dice que es su último día',
    p: "(es|esta es) mi últim[oa] (noche|día)|mañana no (voy a )?despertar" },
  { id: 'family.ends-at', sig: 'intent', ending: true, note: 'dice que todo termina en un momento',
    p: "(todo|el dolor) (se )?(termina|acaba) (esta noche|hoy|mañana|pronto|ya)|(esta noche|hoy|mañana) todo (se )?(termina|acaba)" },
  // "Mañana se acaba" alone is as often an exam or a trip: only beside other risk.
  { id: 'family.ends-it', sig: 'intent', needs: true, ending: true, note: 'dice que algo termina en un momento',
    p: "esto (se )?(termina|acaba) (esta noche|hoy|mañana|pronto|ya)|(esta noche|hoy|mañana) (se )?(termina|acaba)|y (se acabó|se acaba todo|todo se acaba)$" },
  { id: 'family.farewell', sig: 'goodbye', needs: true, note: 'palabras de despedida',
    p: "(los|las) quiero (a todos|mucho)|gracias por todo|me despido(?=[.!]|$)|perdón(enme)? por todo|no (se )?culpen|no estén tristes|(díganle|dile) a mi (mamá|familia|herman[oa]) que (la|lo|los) quiero" },
  { id: 'family.think-method', sig: 'ideation', note: 'piensa en una forma de morir',
    p: "(pienso|pensando|pensar) en (tirarme|colgarme|ahorcarme|cortarme las venas|tomarme todas las pastillas|una sobredosis|envenenarme|pegarme un tiro)" },
  { id: 'family.passive-more', sig: 'passive', neg: false, note: 'deseo pasivo de no seguir',
    p: "no me veo (llegando|viviendo|estando) (a|hasta|aquí)|me imagino mi (propio )?funeral|(estoy )?cansad[oa] de existir|(solo )?existo,? (pero )?no vivo|(y )?si (simplemente )?no despierto|(sería) mejor (no despertar|no existir|morirme|no estar|desaparecer)|ojalá (todo )?(se )?(acabe|termine)" },
  { id: 'family.other-danger', sig: 'time', alarm: true, note: 'otra persona puede estar en peligro ahora',
    p: "no (me )?(contesta|responde|atiende)|no (la|lo|los) (puedo|logro) (localizar|contactar)|(tiene|tenía) el (celular|móvil|teléfono) apagado" },
  { id: 'family.posted-goodbye', sig: 'goodbye', note: 'publicó o mandó una despedida', p: "(publicó|escribió|mandó|dejó) (una |un mensaje de |una carta de )?despedida" },
  { id: 'family.left-note', sig: 'goodbye', needs: true, note: 'dejó una nota o una carta', p: "dej[óé] (una nota|una carta|un mensaje)(?! en la (nevera|puerta))" },
]

export const ES_FAMILIES_METHOD: MethodRule[] = [
  { id: 'method.enquiry', sig: 'plan', note: 'pregunta cómo funciona un método',
    p: "(cuánto|cuántas|cuántos) ~~ (tarda|tardaría|hace falta|se necesita|es mortal|es letal|para morir)|(duele|dolerá|dolería) (ahorcarse|colgarse|tirarse|una sobredosis|cortarse)|(qué|cuál) (pastilla|método|forma|puente|piso) (es|sería) (mejor|más rápid[oa]|indoloro)" },
  { id: 'method.place-jump', sig: 'plan', note: 'un lugar de peligro con una forma de caer o saltar',
    p: `(tirarme|tirarse|saltar|lanzarme|aventarme|caer) ~~ (${LUGAR}|tren|metro)|(${LUGAR}) ~~ (tirarme|saltar|lanzarme)` },
  { id: 'method.train', sig: 'plan', note: 'altura, vehículo o vías', p: "(vías) ~~ (tren|metro)" },
  { id: 'method.words', sig: 'plan', note: 'detalle de un método',
    p: "(soga|cuerda|cinturón|cable) ~~ (cuello|colgar|ahorcar|viga|puerta|techo)|(cuchilla|navaja|cuchillo|vidrio) ~~ (muñecas?|brazos?|venas?|profund[oa])|(lejía|veneno|raticida|carbón|gas) ~~ (tomar|beber|coche|auto|habitación|cerrad[oa])|(pistola|arma|escopeta|revólver) ~~ (cabeza|boca|dispararme)" },
]

export const ES_FAMILIES_STIGMA: StigmaRule[] = [
  { id: 'stigma.insult-adj', guide: 'bc2m', suggestion: 'poco razonable', note: 'palabra de salud mental usada como insulto', dropIn: true,
    p: "(?<=(está|es|eres|estás) (re |muy |super |totalmente |completamente )?)(pirad[oa]|chalad[oa]|zumbad[oa]|desquiciad[oa]|trastornad[oa]|psicótic[oa])" },
  { id: 'stigma.lock-up', guide: 'bc2m', suggestion: 'necesita apoyo', note: 'la atención de salud mental usada como insulto',
    p: "(hay que|habría que|deberían) (encerrar(lo|la|los|las)?|internar(lo|la|los|las)?)|(se te olvidó|te olvidaste de) (tomar )?(tus|la) (pastillas|medicación)" },
]
