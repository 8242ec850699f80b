// Mais paráfrases em português (crise, método, estigma).
import type { CrisisRule, MethodRule, StigmaRule } from './types'

export const PT_CRISIS_MORE: CrisisRule[] = [
  { id: 'pt.attempt.more', sig: 'attempt', note: 'descreve uma tentativa em curso',
    p: "(tomei|engoli) (uma overdose|a cartela (toda|inteira)|todos os (comprimidos|rem[eé]dios)|um monte de (comprimidos|rem[eé]dios))|(tô|estou) sangrando (muito|demais)|(tô|estou) (na|em cima da|no alto do|no) (ponte|telhado|pr[eé]dio|viaduto|trilho)|a corda (tá|est[aá]) (pronta|amarrada)" },
  { id: 'pt.intent.more', sig: 'intent', note: 'anuncia que vai tirar a própria vida',
    p: "(hoje|hoje a noite|hoje [aà] noite|amanh[aã]) (eu )?(me mato|acabo com tudo|vou embora|dou fim)|vou (dar fim|acabar) (a|com) (minha vida|tudo isso|isso)|(essa|esta) (é) (a )?minha [uú]ltima noite|(já )?tomei (a|minha) decis[aã]o|amanh[aã] (eu )?(n[aã]o) vou (estar|mais estar) aqui" },
  { id: 'pt.ideation.more', sig: 'ideation', note: 'desejo de morrer',
    p: "(queria|quero) estar mort[oa]|(eu )?(devia|deveria|mere[cç]o) morrer|(n[aã]o) mere[cç]o viver|penso (muito |sempre |o tempo todo )?(na morte|em morrer|em me matar|em suic[ií]dio)|quero que tudo (acabe|termine)|quero (sair|ir embora) (desse|deste) mundo|dar um fim (na|a|[aà]) minha vida|acabar com (meu|o meu) sofrimento|pensamentos (de morte|suicidas)|(tô|estou) (com pensamentos suicidas|pensando em suic[ií]dio)" },
  { id: 'pt.goodbye.more', sig: 'goodbye', note: 'está se despedindo ou deixou tudo em ordem',
    p: "(logo|em breve) (eu )?n[aã]o vou (mais )?estar aqui|n[aã]o vou (mais )?incomodar (ningu[eé]m|voc[eê]s)|cuidem (da minha gata|do meu gato|do meu cachorro|da minha m[aã]e) por mim|me despedi de|deixei cartas|n[aã]o (é) culpa de ningu[eé]m" },
  { id: 'pt.selfharm.more', sig: 'selfharm', note: 'autolesão',
    p: "(me cortei|me machuquei|me feri) (de novo|ontem|hoje|outra vez)|voltei a me (cortar|machucar)|(tô|estou) com (muita )?vontade de me (cortar|machucar|ferir)|(cortes|feridas) (novos|novas|frescos|frescas|fundos|fundas)|me arranhei at[eé] sangrar" },
  { id: 'pt.passive.more', sig: 'passive', neg: false, note: 'desejo passivo de morrer',
    p: "(se|tomara que|queria que) (um carro|um [oô]nibus|um caminh[aã]o) me (atropelasse|atropele)|n[aã]o me importaria de (morrer|n[aã]o acordar)|tanto faz (se eu )?(viver ou morrer|morrer)|(seria|era) mais f[aá]cil (n[aã]o existir|se eu n[aã]o estivesse aqui)|queria (deixar de existir|n[aã]o existir|sumir do mapa)|sou um (estorvo|peso|fardo)( (pra|para) (todo mundo|minha fam[ií]lia|todos))?" },
  { id: 'pt.hopeless.more', sig: 'hopeless', note: 'desesperança',
    p: "n[aã]o (vejo|tem|h[aá]) (sa[ií]da|futuro|esperan[cç]a)|nada (mais )?(faz|tem) (mais )?sentido|(cansei|tô cansad[oa]|estou cansad[oa]) de (tudo|lutar|fingir)|(desisti|vou desistir) de (tudo|mim)|n[aã]o tenho (mais )?(for[cç]as?|esperan[cç]a)" },
  { id: 'pt.other.more', sig: 'ideation', who: 'other', note: 'outra pessoa fala em tirar a própria vida',
    p: "(ele|ela) (fala|falou|disse|escreveu|postou) (que quer |em |de )(se matar|morrer|suic[ií]dio|acabar com tudo)|(ele|ela) (quer|queria) (se matar|morrer)|amea[cç]a (se matar|tirar a pr[oó]pria vida)|(ele|ela) (tá|est[aá]) (doando|dando) (as )?(coisas|suas coisas)" },
]

export const PT_METHOD_MORE: MethodRule[] = [
  { id: 'pt.method.more', sig: 'plan', note: 'detalhe de método ou lugar',
    p: "quant[oa]s (comprimidos|rem[eé]dios|rivotril|paracetamol) ~ (pra morrer|para morrer|mata|s[aã]o letais)|(me jogar|pular) (da|do|de cima da|de cima do|na frente do) ~ (ponte|pr[eé]dio|viaduto|trem|metr[oô]|sacada)|(me )?enforcar (no|na|com) ~|cortar os pulsos|(a )?arma do meu (pai|av[oô])" },
]

export const PT_STIGMA_MORE: StigmaRule[] = [
  { id: 'pt.stigma.louco', guide: 'bc2m', suggestion: 'pessoa', note: 'insulto ligado à saúde mental',
    p: "(ele|ela|voc[eê]|tu|esse|essa|este|esta|aquele|aquela|o|a|meu|minha|seu|sua) (\\w+ )?(é|tá|est[aá]|era) (muito |totalmente |completamente |meio )?(louc[oa]|doid[oa]|maluc[oa]|pirad[oa]|retardad[oa]|psicopata|autista|surtad[oa])(?! (por|de (alegria|vontade|saudade)))|(esses|essas) (louc[oa]s|doid[oa]s|malucos|malucas|retardad[oa]s)" },
  { id: 'pt.stigma.failed', guide: 'mindframe-suicide', suggestion: 'tentativa de suicídio', note: 'apresenta a sobrevivência como fracasso', p: "suic[ií]dio (bem-sucedido|bem sucedido|fracassado)|tentativa fracassada" },
]
