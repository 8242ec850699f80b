// Más paráfrasis en español (crisis, método, estigma) — la misma idea dicha de muchas formas.
import type { CrisisRule, MethodRule, StigmaRule } from './types'

export const ES_CRISIS_MORE: CrisisRule[] = [
  { id: 'goodbye.pet', sig: 'goodbye', note: 'regaló su mascota', p: "(regalé|he regalado|di en adopción|doné) (a )?mi (gato|gata|perro|perra|mascota|conejo|hámster)(?! (viejo|de peluche))" },
  { id: 'passive.sleep-forever', sig: 'passive', neg: false, note: 'quiere dormir para siempre', p: "(quiero|quisiera|me gustaría) dormir para siempre(?! (este|el) (finde|fin de semana|domingo|sábado|puente))" },
  { id: 'attempt.took-all', sig: 'attempt', note: 'dice que ya se lo tomó todo', p: "(ya )?me (tomé|he tomado|tragué) (todo|todas|todos)(?=[.!]|$)" },
  // Someone else: an overdose, a plan, things given away (2026.11.30).
  { id: 'other.overdose', sig: 'attempt', who: 'other', note: 'otra persona tomó demasiados medicamentos',
    p: "(se tomó|tomó|se ha tomado|ha tomado) (demasiadas|demasiados|todas sus|todos sus|un montón de|una caja (entera )?de) ~ ({pills})" },
  { id: 'other.plan', sig: 'plan', who: 'other', note: 'otra persona tiene un plan', p: "(tiene|tenía) un plan (para|de) (matarse|suicidarse|quitarse la vida|morir)" },
  { id: 'other.gave-away', sig: 'goodbye', who: 'other', note: 'otra persona regala sus cosas', p: "(regaló|ha regalado|está regalando) (sus|todas sus) (cosas|pertenencias)(?! (viejas|de bebé|que ya no (usa|necesita)|(antes de|para) (mudarse|la mudanza)|a (la )?(caridad|beneficencia|una ong)))" },
  { id: 'attempt.when-read', sig: 'attempt', neg: false, note: 'dice que ya no estará cuando se lea el mensaje',
    p: "(cuando|para cuando) (leáis|lean|leas|alguien lea|lo lean|lo leáis) (esto|este mensaje|estas palabras)?,? (yo )?(ya )?(no (estaré|voy a estar|existiré|seguiré) (aquí|vivo|viva)?|estaré muert[oa]|me habré ido|todo habrá (terminado|acabado))" },
  { id: 'attempt.more', sig: 'attempt', note: 'describe un intento en curso',
    p: "(me )?(tomé|tragué) (una sobredosis|un montón de pastillas|la caja entera)|se (tomó|tragó) (un (frasco|bote)|una caja|una sobredosis|un montón) ~ ({pills})|(estoy|sigo) sangrando (mucho|muchísimo|sin parar)|(ya )?(tengo )?la (soga|cuerda) (puesta|lista|al cuello|atada)|ya no hay vuelta atrás|(les )?escribo (desde el puente|desde la azotea|antes de hacerlo)" },
  { id: 'intent.more', sig: 'intent', note: 'anuncia que va a quitarse la vida',
    p: "(hoy|esta noche|mañana) (me mato|me suicido|acabo con todo|termino con todo|me voy para siempre)|(esta|es) mi última noche|ya (tomé) la decisión|voy a (terminar|acabar) con (esto|mi vida|todo)( de una vez)?|no voy a (llegar|estar) (a|para) (mañana|navidad|mi cumpleaños)|mañana ya no (voy a estar|estaré)" },
  { id: 'ideation.more', sig: 'ideation', note: 'deseo de morir',
    p: "(quisiera|quiero|deseo) estar muert[oa]|(debería) (morirme|matarme|estar muert[oa])|no (merezco|me merezco) vivir|pienso (mucho |siempre |todo el tiempo )?en (la muerte|morir|matarme)|(tengo|me vienen) pensamientos (de muerte|suicidas|de matarme)|(me )?quiero ir de este mundo|(irme|salir) de este mundo|acabar con (mi|este) sufrimiento|quiero que todo (se )?(acabe|termine)|no quiero existir|auto ?eliminarme" },
  { id: 'goodbye.more', sig: 'goodbye', note: 'se despide o deja todo arreglado',
    p: "pronto (ya )?no (voy a estar|estaré) (aquí|con ustedes)|ya no (les )?(voy a molestar|molestaré) (más|nunca)|(cuiden|cuidad|cuida) (a )?(mi gato|mi gata|mi perro|mis hijos|mi mamá) por mí|(ya )?(les )?dejé (unas )?cartas|no es culpa de nadie" },
  { id: 'selfharm.more', sig: 'selfharm', note: 'autolesión',
    p: "(me )?(volví|he vuelto|vuelvo) a (cortar(me)?|lastimar(me)?|hacer(me)? daño)|(tengo|siento) (ganas|necesidad) de (cortarme|hacerme daño|lastimarme|sangrar)|(las )?ganas de (cortarme|hacerme daño) (son|están)|cortes (nuevos|frescos|profundos)|(brazos|muslos|muñecas) llen[oa]s de (cortes|cicatrices)|me (rasguñé|arañé) hasta sangrar" },
  { id: 'passive.more', sig: 'passive', neg: false, note: 'deseo pasivo de morir',
    p: "(ojalá|si) (me )?(atropella|atropellara) un (coche|auto|carro|camión)|no me importaría (morir|morirme|no despertar)|me da igual (vivir o morir|si me muero)|(sería) (más )?fácil (no existir|no estar)|(quisiera|quiero) dejar de existir|desaparecer del mapa|(soy|me siento) (un estorbo|una carga)|no quiero (despertar|estar aquí)( más| nunca más)?" },
  { id: 'hopeless.more', sig: 'hopeless', note: 'desesperanza',
    p: "no (veo|hay) (salida|futuro|esperanza)|todo (me )?(da igual|es inútil)|ya no (puedo|aguanto) (con|más con) (esto|mi vida|todo)|estoy (agotad[oa]|cansad[oa]) de (todo|luchar|fingir)|me (rindo|rendí)|no le (veo|encuentro) sentido a (la vida|nada|seguir|vivir)" },
  { id: 'other.more', sig: 'ideation', who: 'other', note: 'otra persona habla de quitarse la vida',
    p: "habla de (suicidarse|matarse|quitarse la vida|morirse)|(está) (pensando|hablando) (en|de) (suicidarse|matarse|quitarse la vida)|amenaza con (matarse|suicidarse|quitarse la vida)|(dice|dijo|me dijo|escribió|publicó) que (se quiere|quiere) (morir|matar)" },
  { id: 'goodbye.other', sig: 'goodbye', who: 'other', needs: true, note: 'otra persona se despide', p: "(está) regalando sus cosas|se (despidió|despide)( de (todos|todo el mundo|mí|nosotros))?|mensajes? diciendo adiós" },
]

export const ES_METHOD_MORE: MethodRule[] = [
  { id: 'method.more', sig: 'plan', note: 'detalle de método o lugar',
    p: "(colgarme|ahorcarme) (del|de la|en el|en la) ~ (viga|puerta|armario|techo|árbol|garaje|baño)|(cuántas|cuánto) ~ (para morir|es mortal|es letal|mata)|(me )?(tiro|tiraría|voy a tirar) (del|desde el|por la|al) ~ (puente|edificio|balcón|ventana|azotea|tren|metro)|(pistola|arma|escopeta) de mi (padre|papá|abuelo)|(cortarme|cortarse|abrirme) las venas" },
]

export const ES_STIGMA_MORE: StigmaRule[] = [
  { id: 'stigma.loco', guide: 'bc2m', suggestion: 'una palabra para lo que hizo, como “injusto”', note: 'insulto relacionado con la salud mental',
    p: "(es un|es una|ese|esa|esos|esas|son unos|son unas|eres un|eres una) (loc[oa]s?|psicópatas?|desquiciad[oa]s?|trastornad[oa]s?)|(eres|estás) (loc[oa]|enferm[oa] mental)(?! (por|de (alegría|contento)))" },
  { id: 'stigma.failed', guide: 'mindframe-suicide', suggestion: 'intento de suicidio', note: 'presenta la supervivencia como fracaso', p: "suicidio (exitoso|fallido|consumado)|intento fallido" },
  { id: 'stigma.insult-dx', guide: 'mindframe-mh', suggestion: 'una palabra para lo que hizo, como “injusto”', note: 'diagnóstico usado como insulto', p: "(eres|es|pareces) (autista|retrasad[oa]|mongólic[oa])|(eres|es) (un|una) (bipolar|esquizo|psicópata)|(me pongo|se pone|te pones) (muy )?(bipolar|esquizo)" },
]
