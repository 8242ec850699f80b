// Famílias em português: o risco dito pelas suas partes (meio à mão, lugar, despedida, método).
import type { CrisisRule, MethodRule, StigmaRule } from './types'

const LUGAR = "terraço|cobertura|topo do prédio|ponte|viaduto|telhado|laje|beirada|parapeito|penhasco|trilhos?|linha do trem|estação|estacionamento|sacada|varanda|janela|rio|\\d+(º|o)? andar"
const MEIO = "comprimidos|remedios|pilulas|corda|cinto|arma|revolver|lamina|gilete|faca|veneno|carvao|emjpil|emjrope|emjgun|emjknife"

// Construções gerais (pessoa + desejo/intenção + predicado de morte ou dano), com variantes pt-BR/pt-PT.
const MORTE = "morrer|me matar|matar me|me suicidar|suicidar me|tirar (a )?minha (propria )?vida|tirar me a vida|pôr fim (à|na) (minha )?vida|dar fim (à|na) (minha )?vida|acabar com (tudo|a minha vida|minha vida)|deixar de existir|não existir|sumir para sempre|s u i c i d i o|emjgrave|emjcoffin"
const PT_GENERAL: CrisisRule[] = [
  { id: 'general.think-of', sig: 'ideation', note: 'pensa em morrer ou em suicídio',
    p: `(penso|pensava|pensando|pensar|pensei|só penso|só pensava|a ideia de|vontade de|quero|queria|tenho vontade de|confesso que penso) (muito |sempre |de novo |só |em )*(${MORTE})` },
  { id: 'general.try-again', sig: 'ideation', note: 'pensa em tentar de novo',
    p: "(penso|pensando|pensar|vontade de|quero) (em )?(tentar|fazer isso) (de novo|outra vez|novamente)(?! (a|o|as|os|um|uma|no|na|do|da|com|pra|para|essa|esse|este|esta) )" },
  { id: 'general.settle-pets', sig: 'goodbye', needs: true, note: 'deixa os animais com outra pessoa',
    p: "deixei (o|a|meu|minha|os|as|meus|minhas) (gato|gata|cachorro|cachorra|cão|gatos|cachorros|animais|pets?) com" },
  { id: 'general.settle-debts', sig: 'goodbye', needs: true, note: 'paga as dívidas',
    p: "paguei (as contas|todas as contas|as contas todas|minhas dívidas|o que devia|tudo o que devia)" },
  { id: 'general.settle-tidy', sig: 'goodbye', needs: true, note: 'arruma tudo ou apaga o rasto',
    p: "arrumei (a casa|tudo|o quarto)|apaguei (as |minhas |todas as minhas )?(fotos|redes|contas|perfis?)" },
  { id: 'general.resolved', sig: 'intent', needs: true, note: 'diz que tudo se resolve num momento',
    p: "(fica|vai ficar|estará) tudo resolvido" },
  { id: 'general.apology', sig: 'goodbye', note: 'pede desculpa a todos como despedida',
    p: "(pedindo|pedi|peço) (desculpa|desculpas|perdão) (a todos |pra todo mundo |a toda a gente )?por tudo|(postou|escreveu|mandou|publicou|pôs) ~~ (obrigad[oa] por tudo|amo vocês|desculpa por tudo|adeus|cuidem se)" },
  { id: 'general.wont-be-here', sig: 'goodbye', neg: false, needs: true, note: 'diz que não estará numa data',
    p: "não vou (estar|chegar) (cá|aqui|viv[oa]) ?(no|para o|pro|até o|ao) (natal|ano novo|meu aniversário|verão|fim do ano)|não (vou )?(chego|chegar) (ao|no|até o) (natal|meu aniversário)" },
  { id: 'general.dont-count', sig: 'goodbye', neg: false, needs: true, note: 'pede que não contem com ele/ela',
    p: "não contem (mais )?comigo" },
  { id: 'general.out-for-good', sig: 'ideation', note: 'diz que sai de vez',
    p: "(tô|estou|eu tô) fora ~ de vez|se (amanhã|isso|tudo|hoje) (for|continuar|ficar) ~~ (tô|estou) fora|vou embora (de vez|para sempre|pra sempre)|(saio|sumo) de vez" },
  { id: 'general.until-bleed', sig: 'selfharm', note: 'se fere até sangrar',
    p: "(arranho|arranhei|bato|bati|machuco) ~ até sangrar|até (sangrar|tirar sangue)|(bato|bati) (a|com a) cabeça (na|contra a) parede" },
  { id: 'general.better-without', sig: 'passive', who: 'self', note: 'acha que os outros ficariam melhor sem ele/ela',
    p: "(estaria|ficaria|seria|viveria|estariam|ficariam|seriam|viveriam) (melhor|mais feliz(es)?) sem mim|só dou (trabalho|preocupação|problema)" },
  { id: 'general.better-without-other', sig: 'passive', who: 'other', note: 'outra pessoa acha que ficariam melhor sem ela',
    p: "(estaríamos|ficaríamos|estariam|ficariam) melhor sem (ela|ele)" },
  { id: 'general.not-exist', sig: 'passive', neg: false, note: 'deseja não existir',
    p: "(queria|quero|preferia|gostaria de) (simplesmente |só |apenas )?(não existir|deixar de existir|dormir para sempre|não acordar( mais| amanhã)?|nunca mais acordar|(sumir|desaparecer)(?! {fromchat})(?! (pra|para|pro|no|na|num|numa|em|daqui|de casa|um pouco|uns dias|por (uns|alguns|algumas|um) (dias|tempo|semanas|horas)) (?!sempre)))" },
  { id: 'general.if-i-vanish', sig: 'goodbye', note: 'pede que cuidem de algo se sumir',
    p: "se eu (sumir|morrer|não estiver (mais )?aqui|não voltar) ~~ (cuid[ae]m?|fica com)|cuid[ae]m? (do meu|da minha|dos meus|das minhas) (cachorro|cachorra|gato|gata|cão|filhos?|filhas?|plantas) (por mim)?" },
  { id: 'general.hidden-sleeves', sig: 'selfharm', needs: true, note: 'sinais escondidos de autolesão',
    p: "mangas? compridas? ~~ (calor|graus|verão)" },
  { id: 'general.blood-seen', sig: 'selfharm', needs: true, note: 'encontrou sangue sem explicação',
    p: "(vi|vejo|encontrei|tinha|tem) sangue (no|na|nos|nas)" },
  { id: 'general.phone-off', sig: 'time', note: 'outra pessoa incontactável',
    p: "(o )?(celular|telemóvel|telefone) (dela |dele )?(tá|está|anda) desligado|não (atende|responde) (desde|há)" },
  { id: 'general.someone-knew', sig: 'goodbye', needs: true, note: 'quer que alguém saiba onde está',
    p: "só queria que alguém soubesse" },
  { id: 'general.lethal', sig: 'plan', note: 'pesquisa quantidades letais',
    p: "(quant[oa]s|qual dose|que dose) ~~ (seriam|são|seria|é) (letais|letal|fatal|fatais|mortais|mortal)|pesquis\\w+ ~~ (dose letal|overdose|como morrer)" },
]

export const PT_FAMILIES_CRISIS: CrisisRule[] = [
  ...PT_GENERAL,
  { id: 'family.at-place', sig: 'attempt', needs: true, note: 'num lugar de perigo',
    p: `(tô|estou|sentad[oa]|em pé|parad[oa]|aqui) (na|no|em cima da|em cima do|na beira da|na beira do|no alto da|no alto do) (${LUGAR})` },
  { id: 'family.means-at-hand', sig: 'attempt', needs: true, note: 'meio à mão',
    p: `(os |as |a |o |meus |minhas )?(${MEIO}) (estão|tão|está|tá)? ?(na mesa|na minha mão|na mochila|no bolso|na minha frente|prontos?|prontas?|contad[oa]s|enfileirad[oa]s)` },
  { id: 'family.ends', sig: 'intent', note: 'diz que é a última noite',
    p: "(é) minha última (noite|semana)|amanhã (eu )?não vou acordar" },
  { id: 'family.ends-at', sig: 'intent', ending: true, note: 'diz que tudo acaba num momento',
    p: "(tudo|a dor) (acaba|termina) (hoje|hoje à noite|amanhã|logo|agora)|(hoje|hoje à noite|amanhã) tudo (acaba|termina)|(hoje|hoje à noite|amanhã) (acaba|termina) tudo" },
  // "Amanhã acaba" alone is as often an exam or a trip: only beside other risk.
  { id: 'family.ends-it', sig: 'intent', needs: true, ending: true, note: 'diz que algo acaba num momento',
    p: "isso (acaba|termina) (hoje|hoje à noite|amanhã|logo|agora)|(hoje|hoje à noite|amanhã) (acaba|termina)|e (acabou|acaba tudo|tudo acaba)$" },
  { id: 'family.farewell', sig: 'goodbye', needs: true, note: 'palavras de despedida',
    p: "amo (vocês|todos)|obrigad[oa] por tudo|me perdoem|desculpa por tudo|não se culpem|não fiquem tristes|digam à minha (mãe|família) que eu (a|as|os) amo" },
  { id: 'family.think-method', sig: 'ideation', note: 'pensa numa forma de morrer',
    p: "(penso|pensando|pensar|pensei) em (me enforcar|pular|me jogar|cortar os pulsos|tomar todos os (comprimidos|remédios)|uma overdose|me envenenar|me dar um tiro)" },
  { id: 'family.passive-more', sig: 'passive', neg: false, note: 'desejo passivo de não continuar',
    p: "não me vejo (chegando|vivendo|estando) (até|a|aqui)|imagino (o )?meu (próprio )?enterro|(tô |estou )?cansad[oa] de existir|(só )?existo,? não vivo|quero dormir para sempre|e se eu (simplesmente )?não acordar" },
  { id: 'family.other-danger', sig: 'time', alarm: true, note: 'outra pessoa pode estar em perigo agora',
    p: "não (me )?(atende|responde)|não consigo falar com (ela|ele)|(o )?celular (dela|dele) (tá|está) desligado" },
  { id: 'family.posted-goodbye', sig: 'goodbye', note: 'postou ou mandou uma despedida', p: "(postou|escreveu|mandou|deixou) (uma )?(mensagem de |carta de )?despedida" },
  { id: 'family.left-note', sig: 'goodbye', needs: true, note: 'deixou um bilhete ou uma carta', p: "deixou (um bilhete|uma carta|um recado)(?! na (geladeira|porta))" },
]

export const PT_FAMILIES_METHOD: MethodRule[] = [
  { id: 'method.enquiry', sig: 'plan', note: 'pergunta como funciona um método',
    p: "quant[oa]s? ~~ (demora|leva|precisa|mata|é letal|pra morrer|para morrer)|dói (se enforcar|pular|morrer|cortar os pulsos)|(qual|que) (remédio|método|andar|ponte) (é|seria) (o )?(mais rápido|melhor|sem dor)" },
  { id: 'method.place-jump', sig: 'plan', note: 'um lugar de perigo com forma de cair ou pular',
    p: `(pular|me jogar|me atirar|cair) ~~ (${LUGAR}|prédio|edifício|trem|metrô)|(${LUGAR}|prédio|edifício) ~~ (pular|me jogar|me atirar)` },
  { id: 'method.train', sig: 'plan', note: 'altura, veículo ou ferrovia', p: "(trilhos?) ~~ (trem|metrô)" },
  { id: 'method.words', sig: 'plan', note: 'detalhe de um método',
    p: "(corda|cinto|fio|lenço) ~~ (pescoço|enforcar|viga|porta|teto)|(lâmina|gilete|faca|caco de vidro) ~~ (pulsos?|braços?|veias?|fundo)|(veneno|chumbinho|carvão|gás) ~~ (beber|tomar|carro|quarto|fechad[oa])|(arma|revólver|pistola) ~~ (cabeça|boca|me dar um tiro)" },
]

export const PT_FAMILIES_STIGMA: StigmaRule[] = [
  { id: 'stigma.insult-adj', guide: 'bc2m', suggestion: 'pouco razoável', note: 'palavra de saúde mental usada como insulto', dropIn: true,
    p: "(?<=(ele|ela|você|tu) (é|tá|está) (muito |totalmente |completamente )?)(surtad[oa]|lelé|biruta|psicótic[oa])" },
  { id: 'stigma.lock-up', guide: 'bc2m', suggestion: 'precisa de apoio', note: 'o cuidado em saúde mental usado como insulto',
    p: "(tem que|devia|deveria) (ser )?(internad[oa]|internar)|esqueceu (de tomar )?(os|seus) remédios" },
]
