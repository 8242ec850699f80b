// Famílias em português: o risco dito pelas suas partes (meio à mão, lugar, despedida, método).
import type { CrisisRule, MethodRule, StigmaRule } from './types'

const LUGAR = "ponte|viaduto|telhado|laje|beirada|parapeito|penhasco|trilhos?|linha do trem|esta[cç][aã]o|estacionamento|sacada|varanda|janela|rio|\\d+(º|o)? andar"
const MEIO = "comprimidos|remedios|pilulas|corda|cinto|arma|revolver|lamina|gilete|faca|veneno|carvao|emjpil|emjrope|emjgun|emjknife"

export const PT_FAMILIES_CRISIS: CrisisRule[] = [
  { id: 'pt.family.at-place', sig: 'attempt', needs: true, note: 'num lugar de perigo',
    p: `(to|tô|estou|sentad[oa]|em p[eé]|parad[oa]|aqui) (na|no|em cima da|em cima do|na beira da|na beira do|no alto da|no alto do) (${LUGAR})` },
  { id: 'pt.family.means-at-hand', sig: 'attempt', needs: true, note: 'meio à mão',
    p: `(os |as |a |o |meus |minhas )?(${MEIO}) (est[aã]o|t[aã]o|est[aá]|t[aá])? ?(na mesa|na minha m[aã]o|na mochila|no bolso|na minha frente|prontos?|prontas?|contad[oa]s|enfileirad[oa]s)` },
  { id: 'pt.family.ends', sig: 'intent', note: 'diz que tudo acaba num momento',
    p: "(tudo|isso|a dor) (acaba|termina) (hoje|hoje [aà] noite|amanh[aã]|logo|agora)|(hoje|hoje [aà] noite|amanh[aã]) (tudo )?(acaba|termina)|(e|é) minha [uú]ltima (noite|semana)|amanh[aã] (eu )?n[aã]o vou acordar" },
  { id: 'pt.family.farewell', sig: 'goodbye', needs: true, note: 'palavras de despedida',
    p: "amo (voc[eê]s|todos)|obrigad[oa] por tudo|me perdoem|desculpa por tudo|n[aã]o se culpem|n[aã]o fiquem tristes|digam [aà] minha (m[aã]e|fam[ií]lia) que eu (a|as|os) amo" },
  { id: 'pt.family.think-method', sig: 'ideation', note: 'pensa numa forma de morrer',
    p: "(penso|pensando|pensar|pensei) em (me enforcar|pular|me jogar|cortar os pulsos|tomar todos os (comprimidos|rem[eé]dios)|uma overdose|me envenenar|me dar um tiro)" },
  { id: 'pt.family.passive-more', sig: 'passive', neg: false, note: 'desejo passivo de não continuar',
    p: "n[aã]o me vejo (chegando|vivendo|estando) (at[eé]|a|aqui)|imagino (o )?meu (pr[oó]prio )?enterro|(to |tô |estou )?cansad[oa] de existir|(s[oó] )?existo,? n[aã]o vivo|quero dormir para sempre|e se eu (simplesmente )?n[aã]o acordar" },
  { id: 'pt.family.other-danger', sig: 'time', note: 'outra pessoa pode estar em perigo agora',
    p: "n[aã]o (me )?(atende|responde)|n[aã]o consigo falar com (ela|ele)|(o )?celular (dela|dele) (t[aá]|est[aá]) desligado" },
  { id: 'pt.family.posted-goodbye', sig: 'goodbye', note: 'postou ou mandou uma despedida', p: "(postou|escreveu|mandou|deixou) (uma )?(mensagem de |carta de )?despedida" },
]

export const PT_FAMILIES_METHOD: MethodRule[] = [
  { id: 'pt.method.enquiry', sig: 'plan', note: 'pergunta como funciona um método',
    p: "quant[oa]s? ~~ (demora|leva|precisa|mata|[eé] letal|pra morrer|para morrer)|d[oó]i (se enforcar|pular|morrer|cortar os pulsos)|(qual|que) (rem[eé]dio|m[eé]todo|andar|ponte) ([eé]|seria) (o )?(mais r[aá]pido|melhor|sem dor)" },
  { id: 'pt.method.place-jump', sig: 'plan', note: 'um lugar de perigo com forma de cair ou pular',
    p: `(pular|me jogar|me atirar|cair) ~~ (${LUGAR}|trem|metr[oô])|(${LUGAR}) ~~ (pular|me jogar|me atirar)` },
  { id: 'pt.method.train', sig: 'plan', note: 'altura, veículo ou ferrovia', p: "(trilhos?) ~~ (trem|metr[oô])" },
  { id: 'pt.method.words', sig: 'plan', note: 'detalhe de um método',
    p: "(corda|cinto|fio|len[cç]o) ~~ (pesco[cç]o|enforcar|viga|porta|teto)|(l[aâ]mina|gilete|faca|caco de vidro) ~~ (pulsos?|bra[cç]os?|veias?|fundo)|(veneno|chumbinho|carv[aã]o|g[aá]s) ~~ (beber|tomar|carro|quarto|fechad[oa])|(arma|rev[oó]lver|pistola) ~~ (cabe[cç]a|boca|me dar um tiro)|overdose de ({pills})" },
]

export const PT_FAMILIES_STIGMA: StigmaRule[] = [
  { id: 'pt.stigma.insult-adj', guide: 'bc2m', suggestion: 'pouco razoável', note: 'palavra de saúde mental usada como insulto',
    p: "(ele|ela|voc[eê]|tu) (e|é|ta|tá|est[aá]) (muito |totalmente |completamente )?(surtad[oa]|lel[eé]|biruta|psic[oó]tic[oa])|(tem que|devia|deveria) (ser )?(internad[oa]|internar)|esqueceu (de tomar )?(os|seus) rem[eé]dios" },
]
