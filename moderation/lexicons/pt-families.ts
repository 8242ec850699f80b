// Famílias em português: o risco dito pelas suas partes (meio à mão, lugar, despedida, método).
import type { CrisisRule, MethodRule, StigmaRule } from './types'

const LUGAR = "terra[cç]o|cobertura|topo do pr[eé]dio|ponte|viaduto|telhado|laje|beirada|parapeito|penhasco|trilhos?|linha do trem|esta[cç][aã]o|estacionamento|sacada|varanda|janela|rio|\\d+(º|o)? andar"
const MEIO = "comprimidos|remedios|pilulas|corda|cinto|arma|revolver|lamina|gilete|faca|veneno|carvao|emjpil|emjrope|emjgun|emjknife"

// Construções gerais (pessoa + desejo/intenção + predicado de morte ou dano), com variantes pt-BR/pt-PT.
const MORTE = "morrer|me matar|matar me|me suicidar|suicidar me|tirar (a )?minha (propria )?vida|tirar me a vida|p[oô]r fim (à|na) (minha )?vida|dar fim (à|na) (minha )?vida|acabar com (tudo|a minha vida|minha vida)|deixar de existir|n[aã]o existir|sumir para sempre|s u i c i d i o|suic[ií]dio|emjgrave|emjcoffin"
const PT_GENERAL: CrisisRule[] = [
  { id: 'pt.general.think-of', sig: 'ideation', note: 'pensa em morrer ou em suicídio',
    p: `(penso|pensava|pensando|pensar|pensei|s[oó] penso|s[oó] pensava|a ideia de|vontade de|quero|queria|tenho vontade de|confesso que penso) (muito |sempre |de novo |s[oó] |em )*(${MORTE})` },
  { id: 'pt.general.try-again', sig: 'ideation', note: 'pensa em tentar de novo',
    p: "(penso|pensando|pensar|vontade de|quero) (em )?(tentar|fazer isso) (de novo|outra vez|novamente)(?! (a|o|as|os|um|uma|no|na|do|da|com|pra|para|essa|esse|este|esta) )" },
  { id: 'pt.general.settle-pets', sig: 'goodbye', needs: true, note: 'deixa os animais com outra pessoa',
    p: "deixei (o|a|meu|minha|os|as|meus|minhas) (gato|gata|cachorro|cachorra|c[aã]o|gatos|cachorros|animais|pets?) com" },
  { id: 'pt.general.settle-debts', sig: 'goodbye', needs: true, note: 'paga as dívidas',
    p: "paguei (as contas|todas as contas|as contas todas|minhas d[ií]vidas|o que devia|tudo o que devia)" },
  { id: 'pt.general.settle-tidy', sig: 'goodbye', needs: true, note: 'arruma tudo ou apaga o rasto',
    p: "arrumei (a casa|tudo|o quarto)|apaguei (as |minhas |todas as minhas )?(fotos|redes|contas|perfis?)" },
  { id: 'pt.general.resolved', sig: 'intent', needs: true, note: 'diz que tudo se resolve num momento',
    p: "(fica|vai ficar|estar[aá]|fic[aá]) tudo resolvido" },
  { id: 'pt.general.apology', sig: 'goodbye', note: 'pede desculpa a todos como despedida',
    p: "(pedindo|pedi|pe[cç]o) (desculpa|desculpas|perd[aã]o) (a todos |pra todo mundo |a toda a gente )?por tudo|(postou|escreveu|mandou|publicou|p[oô]s) ~~ (obrigad[oa] por tudo|amo voc[eê]s|desculpa por tudo|adeus|cuidem se)" },
  { id: 'pt.general.wont-be-here', sig: 'goodbye', neg: false, needs: true, note: 'diz que não estará numa data',
    p: "n[aã]o vou (estar|chegar) (c[aá]|aqui|viv[oa]) ?(no|para o|pro|at[eé] o|ao) (natal|ano novo|meu anivers[aá]rio|ver[aã]o|fim do ano)|n[aã]o (vou )?(chego|chegar) (ao|no|at[eé] o) (natal|meu anivers[aá]rio)" },
  { id: 'pt.general.dont-count', sig: 'goodbye', neg: false, needs: true, note: 'pede que não contem com ele/ela',
    p: "n[aã]o contem (mais )?comigo" },
  { id: 'pt.general.out-for-good', sig: 'ideation', note: 'diz que sai de vez',
    p: "(tô|t[oô]|estou|eu t[oô]) fora ~ de vez|se (amanh[aã]|isso|tudo|hoje) (for|continuar|ficar) ~~ (tô|estou) fora|vou embora (de vez|para sempre|pra sempre)|(saio|sumo) de vez" },
  { id: 'pt.general.until-bleed', sig: 'selfharm', note: 'se fere até sangrar',
    p: "(arranho|arranhei|bato|bati|machuco) ~ at[eé] sangrar|at[eé] (sangrar|tirar sangue)|(bato|bati) (a|com a) cabe[cç]a (na|contra a) parede" },
  { id: 'pt.general.better-without', sig: 'passive', who: 'self', note: 'acha que os outros ficariam melhor sem ele/ela',
    p: "(estaria|ficaria|seria|viveria|estariam|ficariam|seriam|viveriam) (melhor|mais feliz(es)?) sem mim|s[oó] dou (trabalho|preocupa[cç][aã]o|problema)" },
  { id: 'pt.general.better-without-other', sig: 'passive', who: 'other', note: 'outra pessoa acha que ficariam melhor sem ela',
    p: "(estar[ií]amos|ficar[ií]amos|estariam|ficariam) melhor sem (ela|ele)" },
  { id: 'pt.general.not-exist', sig: 'passive', neg: false, note: 'deseja não existir',
    p: "(queria|quero|preferia|gostaria de) (simplesmente |s[oó] |apenas )?(n[aã]o existir|deixar de existir|dormir para sempre|n[aã]o acordar( mais| amanh[aã])?|nunca mais acordar|(sumir|desaparecer)(?! (pra|para|pro|no|na|num|numa|em|daqui|de casa|um pouco|uns dias) (?!sempre)))" },
  { id: 'pt.general.if-i-vanish', sig: 'goodbye', note: 'pede que cuidem de algo se sumir',
    p: "se eu (sumir|morrer|n[aã]o estiver (mais )?aqui|n[aã]o voltar) ~~ (cuid[ae]m?|fica com)|cuid[ae]m? (do meu|da minha|dos meus|das minhas) (cachorro|cachorra|gato|gata|c[aã]o|filhos?|filhas?|plantas) (por mim)?" },
  { id: 'pt.general.hidden-sleeves', sig: 'selfharm', needs: true, note: 'sinais escondidos de autolesão',
    p: "mangas? compridas? ~~ (calor|graus|ver[aã]o)" },
  { id: 'pt.general.blood-seen', sig: 'selfharm', needs: true, note: 'encontrou sangue sem explicação',
    p: "(vi|vejo|encontrei|tinha|tem) sangue (no|na|nos|nas)" },
  { id: 'pt.general.phone-off', sig: 'time', note: 'outra pessoa incontactável',
    p: "(o )?(celular|telem[oó]vel|telefone) (dela |dele )?(t[aá]|est[aá]|anda) desligado|n[aã]o (atende|responde) (desde|h[aá])" },
  { id: 'pt.general.someone-knew', sig: 'goodbye', needs: true, note: 'quer que alguém saiba onde está',
    p: "s[oó] queria que algu[eé]m soubesse" },
  { id: 'pt.general.lethal', sig: 'plan', note: 'pesquisa quantidades letais',
    p: "(quant[oa]s|qual dose|que dose) ~~ (seriam|s[aã]o|seria|[eé]) (letais|letal|fatal|fatais|mortais|mortal)|pesquis\\w+ ~~ (dose letal|overdose|como morrer)" },
]

export const PT_FAMILIES_CRISIS: CrisisRule[] = [
  ...PT_GENERAL,
  { id: 'pt.family.at-place', sig: 'attempt', needs: true, note: 'num lugar de perigo',
    p: `(tô|estou|sentad[oa]|em p[eé]|parad[oa]|aqui) (na|no|em cima da|em cima do|na beira da|na beira do|no alto da|no alto do) (${LUGAR})` },
  { id: 'pt.family.means-at-hand', sig: 'attempt', needs: true, note: 'meio à mão',
    p: `(os |as |a |o |meus |minhas )?(${MEIO}) (est[aã]o|t[aã]o|est[aá]|t[aá])? ?(na mesa|na minha m[aã]o|na mochila|no bolso|na minha frente|prontos?|prontas?|contad[oa]s|enfileirad[oa]s)` },
  { id: 'pt.family.ends', sig: 'intent', note: 'diz que é a última noite',
    p: "(é) minha [uú]ltima (noite|semana)|amanh[aã] (eu )?n[aã]o vou acordar" },
  { id: 'pt.family.ends-at', sig: 'intent', ending: true, note: 'diz que tudo acaba num momento',
    p: "(tudo|a dor) (acaba|termina) (hoje|hoje [aà] noite|amanh[aã]|logo|agora)|(hoje|hoje [aà] noite|amanh[aã]) tudo (acaba|termina)|(hoje|hoje [aà] noite|amanh[aã]) (acaba|termina) tudo" },
  // "Amanhã acaba" alone is as often an exam or a trip: only beside other risk.
  { id: 'pt.family.ends-it', sig: 'intent', needs: true, ending: true, note: 'diz que algo acaba num momento',
    p: "isso (acaba|termina) (hoje|hoje [aà] noite|amanh[aã]|logo|agora)|(hoje|hoje [aà] noite|amanh[aã]) (acaba|termina)" },
  { id: 'pt.family.farewell', sig: 'goodbye', needs: true, note: 'palavras de despedida',
    p: "amo (voc[eê]s|todos)|obrigad[oa] por tudo|me perdoem|desculpa por tudo|n[aã]o se culpem|n[aã]o fiquem tristes|digam [aà] minha (m[aã]e|fam[ií]lia) que eu (a|as|os) amo" },
  { id: 'pt.family.think-method', sig: 'ideation', note: 'pensa numa forma de morrer',
    p: "(penso|pensando|pensar|pensei) em (me enforcar|pular|me jogar|cortar os pulsos|tomar todos os (comprimidos|rem[eé]dios)|uma overdose|me envenenar|me dar um tiro)" },
  { id: 'pt.family.passive-more', sig: 'passive', neg: false, note: 'desejo passivo de não continuar',
    p: "n[aã]o me vejo (chegando|vivendo|estando) (at[eé]|a|aqui)|imagino (o )?meu (pr[oó]prio )?enterro|(tô |estou )?cansad[oa] de existir|(s[oó] )?existo,? n[aã]o vivo|quero dormir para sempre|e se eu (simplesmente )?n[aã]o acordar" },
  { id: 'pt.family.other-danger', sig: 'time', alarm: true, note: 'outra pessoa pode estar em perigo agora',
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
    p: "(ele|ela|voc[eê]|tu) (é|tá|est[aá]) (muito |totalmente |completamente )?(surtad[oa]|lel[eé]|biruta|psic[oó]tic[oa])|(tem que|devia|deveria) (ser )?(internad[oa]|internar)|esqueceu (de tomar )?(os|seus) rem[eé]dios" },
]
