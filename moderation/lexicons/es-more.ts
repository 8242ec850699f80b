// Más paráfrasis en español (crisis, método, estigma) — la misma idea dicha de muchas formas.
import type { CrisisRule, MethodRule, StigmaRule } from './types'

export const ES_CRISIS_MORE: CrisisRule[] = [
  { id: 'es.attempt.more', sig: 'attempt', note: 'describe un intento en curso',
    p: "(me )?(tomé|tragué) (una sobredosis|un mont[oó]n de pastillas|la caja entera)|se (tomó|tragó) (un (frasco|bote)|una caja|una sobredosis|un mont[oó]n) ~ ({pills})|(estoy|sigo) sangrando (mucho|much[ií]simo|sin parar)|(ya )?(tengo )?la (soga|cuerda) (puesta|lista|al cuello|atada)|estoy (en la azotea|en el puente|en las v[ií]as|en el borde|arriba del edificio)|ya no hay vuelta atr[aá]s|(les )?escribo (desde el puente|desde la azotea|antes de hacerlo)" },
  { id: 'es.intent.more', sig: 'intent', note: 'anuncia que va a quitarse la vida',
    p: "(hoy|esta noche|mañana) (me mato|me suicido|acabo con todo|termino con todo|me voy para siempre)|(esta|es) mi [uú]ltima noche|ya (tomé) la decisi[oó]n|voy a (terminar|acabar) con (esto|mi vida|todo)( de una vez)?|no voy a (llegar|estar) (a|para) (mañana|navidad|mi cumplea[ñn]os)|mañana ya no (voy a estar|estar[eé])" },
  { id: 'es.ideation.more', sig: 'ideation', note: 'deseo de morir',
    p: "(quisiera|quiero|deseo) estar muert[oa]|(debería) (morirme|matarme|estar muert[oa])|no (merezco|me merezco) vivir|pienso (mucho |siempre |todo el tiempo )?en (la muerte|morir|matarme)|(tengo|me vienen) pensamientos (de muerte|suicidas|de matarme)|(me )?quiero ir de este mundo|(irme|salir) de este mundo|acabar con (mi|este) sufrimiento|quiero que todo (se )?(acabe|termine)|no quiero existir|auto ?eliminarme|autoeliminarme" },
  { id: 'es.goodbye.more', sig: 'goodbye', note: 'se despide o deja todo arreglado',
    p: "pronto (ya )?no (voy a estar|estar[eé]) (aqu[ií]|con ustedes)|ya no (les )?(voy a molestar|molestar[eé]) (m[aá]s|nunca)|(cuiden|cuidad|cuida) (a )?(mi gato|mi gata|mi perro|mis hijos|mi mam[aá]) por m[ií]|(ya )?(les )?dej[eé] (unas )?cartas|no es culpa de nadie" },
  { id: 'es.selfharm.more', sig: 'selfharm', note: 'autolesión',
    p: "(me )?(volví|he vuelto|vuelvo) a (cortar(me)?|lastimar(me)?|hacer(me)? daño)|(tengo|siento) (ganas|necesidad) de (cortarme|hacerme daño|lastimarme|sangrar)|(las )?ganas de (cortarme|hacerme daño) (son|est[aá]n)|cortes (nuevos|frescos|profundos)|(brazos|muslos|muñecas) llen[oa]s de (cortes|cicatrices)|me (rasgu[ñn][eé]|arañ[eé]) hasta sangrar" },
  { id: 'es.passive.more', sig: 'passive', neg: false, note: 'deseo pasivo de morir',
    p: "(ojal[aá]|si) (me )?(atropella|atropellara) un (coche|auto|carro|cami[oó]n)|no me importar[ií]a (morir|morirme|no despertar)|me da igual (vivir o morir|si me muero)|(ser[ií]a) (m[aá]s )?f[aá]cil (no existir|no estar)|(quisiera|quiero) dejar de existir|desaparecer del mapa|(soy|me siento) (un estorbo|una carga)|no quiero (despertar|estar aqu[ií])( m[aá]s| nunca m[aá]s)?" },
  { id: 'es.hopeless.more', sig: 'hopeless', note: 'desesperanza',
    p: "no (veo|hay) (salida|futuro|esperanza)|todo (me )?(da igual|es in[uú]til)|ya no (puedo|aguanto) (con|m[aá]s con) (esto|mi vida|todo)|estoy (agotad[oa]|cansad[oa]) de (todo|luchar|fingir)|me (rindo|rend[ií])|no le (veo|encuentro) sentido a (la vida|nada|seguir|vivir)" },
  { id: 'es.other.more', sig: 'ideation', who: 'other', note: 'otra persona habla de quitarse la vida',
    p: "habla de (suicidarse|matarse|quitarse la vida|morirse)|(est[aá]) (pensando|hablando) (en|de) (suicidarse|matarse|quitarse la vida)|amenaza con (matarse|suicidarse|quitarse la vida)|(dice|dijo|me dijo|escribi[oó]|public[oó]) que (se quiere|quiere) (morir|matar)" },
  { id: 'es.goodbye.other', sig: 'goodbye', who: 'other', needs: true, note: 'otra persona se despide', p: "(est[aá]) regalando sus cosas|se (despidi[oó]|despide) de (todos|todo el mundo)" },
]

export const ES_METHOD_MORE: MethodRule[] = [
  { id: 'es.method.more', sig: 'plan', note: 'detalle de método o lugar',
    p: "(colgarme|ahorcarme) (del|de la|en el|en la) ~ (viga|puerta|armario|techo|[aá]rbol|garaje|ba[ñn]o)|(cu[aá]ntas|cu[aá]nto) ~ (para morir|es mortal|es letal|mata)|(me )?(tiro|tirar[ií]a|voy a tirar) (del|desde el|por la|al) ~ (puente|edificio|balc[oó]n|ventana|azotea|tren|metro)|(pistola|arma|escopeta) de mi (padre|pap[aá]|abuelo)|(cortarme|cortarse|abrirme) las venas" },
]

export const ES_STIGMA_MORE: StigmaRule[] = [
  { id: 'es.stigma.loco', guide: 'bc2m', suggestion: 'persona', note: 'insulto relacionado con la salud mental',
    p: "(es un|es una|ese|esa|esos|esas|son unos|son unas|eres un|eres una) (loc[oa]s?|psic[oó]patas?|desquiciad[oa]s?|trastornad[oa]s?)|(eres|est[aá]s) (loc[oa]|enferm[oa] mental)(?! (por|de (alegr[ií]a|contento)))" },
  { id: 'es.stigma.failed', guide: 'mindframe-suicide', suggestion: 'intento de suicidio', note: 'presenta la supervivencia como fracaso', p: "suicidio (exitoso|fallido|consumado)|intento fallido" },
  { id: 'es.stigma.insult-dx', guide: 'mindframe-mh', suggestion: 'persona', note: 'diagnóstico usado como insulto', p: "(eres|es|pareces) (autista|retrasad[oa]|mong[oó]lic[oa])|(eres|es) (un|una) (bipolar|esquizo|psic[oó]pata)|(me pongo|se pone|te pones) (muy )?(bipolar|esquizo)" },
]
