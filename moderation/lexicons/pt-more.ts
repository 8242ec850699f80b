// Mais paráfrases em português (crise, método, estigma).
import type { CrisisRule, MethodRule, StigmaRule } from './types'

export const PT_CRISIS_MORE: CrisisRule[] = [
  { id: 'goodbye.pet', sig: 'goodbye', note: 'deu o bicho de estimação', p: "(dei|doei) (o )?meu (gato|cachorro|cão|bicho|pet) (pra|para)(?![^.!?]{0,40}(cuidar|olhar|nas férias|no fim de semana|uns dias))" },
  { id: 'attempt.took-all', sig: 'attempt', note: 'diz que já tomou tudo', p: "(já )?(tomei|engoli) (tudo|todos|todas)(?=[.!]|$)" },
  // Someone else: an overdose, a plan (2026.11.30).
  { id: 'other.overdose', sig: 'attempt', who: 'other', note: 'outra pessoa tomou remédios demais',
    p: "(tomou|engoliu) ({pills}) (demais|a mais)|(tomou|engoliu) (todos os|todas as|uma caixa (inteira )?de) ~ ({pills})" },
  { id: 'other.plan', sig: 'plan', who: 'other', note: 'outra pessoa tem um plano', p: "tem um plano (pra|para) (se matar|morrer|se suicidar|tirar a (própria )?vida)" },
  { id: 'attempt.when-read', sig: 'attempt', neg: false, note: 'diz que não vai estar mais aqui quando lerem',
    p: "quando (vocês|você|alguém) (lerem|ler) (isso|isto|esta mensagem|essa mensagem)?,? (eu )?(já )?(não (vou|irei) (mais )?estar (mais )?(aqui|viv[oa])|não estarei (mais )?(aqui|viv[oa])|(vou|irei) estar mort[oa]|estarei mort[oa]|terei partido|tudo (vai ter|terá) acabado)" },
  { id: 'attempt.more', sig: 'attempt', note: 'descreve uma tentativa em curso',
    p: "(tomei|engoli) (uma overdose|a cartela (toda|inteira)|todos os (comprimidos|remédios)|um monte de (comprimidos|remédios))|(tô|estou) sangrando (muito|demais)|a corda (tá|está) (pronta|amarrada)" },
  { id: 'intent.more', sig: 'intent', note: 'anuncia que vai tirar a própria vida',
    p: "(hoje|hoje a noite|amanhã) (eu )?(me mato|acabo com tudo|vou embora|dou fim)|vou (dar fim|acabar) (a|com) (minha vida|tudo isso|isso)|(essa|esta) (é) (a )?minha última noite|(já )?tomei (a|minha) decisão|amanhã (eu )?(já )?(não) (vou (mais )?estar|estarei) (mais )?aqui(?! (no|na|em|nesse|nessa|neste|nesta|pra|para|de|à|cedo))|(não) (vou (mais )?estar|estarei) (mais )?aqui amanhã" },
  { id: 'ideation.more', sig: 'ideation', note: 'desejo de morrer',
    p: "(queria|quero) estar mort[oa]|(eu )?(devia|deveria|mereço) morrer|(não) mereço viver|penso (muito |sempre |o tempo todo )?(na morte|em morrer|em me matar|em suicídio)|quero que tudo (acabe|termine)|quero (sair|ir embora) (desse|deste) mundo|dar um fim (na|a) minha vida|acabar com (meu|o meu) sofrimento|pensamentos (de morte|suicidas)|(tô|estou) (com pensamentos suicidas|pensando em suicídio)" },
  { id: 'goodbye.more', sig: 'goodbye', note: 'está se despedindo ou deixou tudo em ordem',
    p: "(logo|em breve) (eu )?não vou (mais )?estar aqui|não vou (mais )?incomodar (ninguém|vocês)|cuidem (da minha gata|do meu gato|do meu cachorro|da minha mãe) por mim|me despedi de|deixei cartas|não (é) culpa de ninguém" },
  { id: 'selfharm.more', sig: 'selfharm', note: 'autolesão',
    p: "(me cortei|me machuquei|me feri) (de novo|ontem|hoje|outra vez)|voltei a me (cortar|machucar)|(tô|estou) com (muita )?vontade de me (cortar|machucar|ferir)|(cortes|feridas) (novos|novas|frescos|frescas|fundos|fundas)|me arranhei até sangrar" },
  { id: 'passive.more', sig: 'passive', neg: false, note: 'desejo passivo de morrer',
    p: "(se|tomara que|queria que) (um carro|um ônibus|um caminhão) me (atropelasse|atropele)|não me importaria de (morrer|não acordar)|tanto faz (se eu )?(viver ou morrer|morrer)|(seria|era) mais fácil (não existir|se eu não estivesse aqui)|queria (deixar de existir|não existir|sumir do mapa)|sou um (estorvo|peso|fardo)( (pra|para) (todo mundo|minha família|todos))?" },
  { id: 'hopeless.more', sig: 'hopeless', note: 'desesperança',
    p: "não (vejo|tem|há) (saída|futuro|esperança)|nada (mais )?(faz|tem) (mais )?sentido|(cansei|tô cansad[oa]|estou cansad[oa]) de (tudo|lutar|fingir)|(desisti|vou desistir) de (tudo|mim)|não tenho (mais )?(forças?|esperança)" },
  { id: 'other.more', sig: 'ideation', who: 'other', note: 'outra pessoa fala em tirar a própria vida',
    p: "(ele|ela) (fala|falou|disse|escreveu|postou) (que quer |em |de )(se matar|morrer|suicídio|acabar com tudo)|(ele|ela) (quer|queria) (se matar|morrer)|ameaça (se matar|tirar a própria vida)|(ele|ela) (tá|está) (doando|dando) (as )?(coisas|suas coisas)" },
]

export const PT_METHOD_MORE: MethodRule[] = [
  { id: 'method.more', sig: 'plan', note: 'detalhe de método ou lugar',
    p: "quant[oa]s (comprimidos|remédios|rivotril|paracetamol) ~ (pra morrer|para morrer|mata|são letais)|(me jogar|pular) (da|do|de cima da|de cima do|na frente do) ~ (ponte|prédio|viaduto|trem|metrô|sacada)|(me )?enforcar (no|na|com) ~|cortar os pulsos|(a )?arma do meu (pai|avô)" },
]

export const PT_STIGMA_MORE: StigmaRule[] = [
  { id: 'stigma.louco', guide: 'bc2m', suggestion: 'uma palavra para o que fez, como “injusto”', note: 'insulto ligado à saúde mental',
    p: "(ele|ela|você|tu|esse|essa|este|esta|aquele|aquela|o|a|meu|minha|seu|sua) (\\w+ )?(é|tá|está|era) (muito |totalmente |completamente |meio )?(louc[oa]|doid[oa]|maluc[oa]|pirad[oa]|retardad[oa]|psicopata|autista|surtad[oa])(?! (por|de (alegria|vontade|saudade)))|(esses|essas) (louc[oa]s|doid[oa]s|malucos|malucas|retardad[oa]s)" },
  { id: 'stigma.failed', guide: 'mindframe-suicide', suggestion: 'tentativa de suicídio', note: 'apresenta a sobrevivência como fracasso', p: "suicídio (bem-sucedido|bem sucedido|fracassado)|tentativa fracassada" },
]
