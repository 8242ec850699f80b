// Portuguese lexicon (Brazil and Portugal, incl. informal "tô", "pq", "pra"). Accents optional.
import { PT_FAMILIES_CRISIS, PT_FAMILIES_METHOD, PT_FAMILIES_STIGMA } from './pt-families'
import { PT_CRISIS_MORE, PT_METHOD_MORE, PT_STIGMA_MORE } from './pt-more'
import { PT_CORE, PT_CORE_MORE } from './core-other'
import type { Lexicon } from './types'

const DRUGS = 'paracetamol|ibuprofeno|dipirona|rivotril|clonazepam|diazepam|alprazolam|frontal|lorazepam|zolpidem|stilnox|sertralina|fluoxetina|escitalopram|paroxetina|venlafaxina|amitriptilina|quetiapina|lítio|tramadol|insulina|antidepressivos|calmantes|soníferos|ansiolíticos'
const PILLS = `comprimidos|comprimido|pílulas|remédios?|medicamentos|cápsulas|emjpil|${DRUGS}`

// Motivos do dia a dia para estar fora (a expressão de ausência abaixo).
const AWAY_REASON = '(porque |pois |pq )?(eu )?(vou |vou (estar|ficar) |estou |tenho |tenho que |tô )?(a )?(viajar|viajando|de (viagem|férias|plantão|mudança)|em viagem|' +
  'trabalhar|trabalhando|no trabalho|estudar|estudando|(fazer (uma )?)?(prova|exame)|visitar|(na|pra|para a) casa d(a|o|e)|sem (internet|wifi|sinal)|acampar)'

export const pt: Lexicon = {
  lang: 'pt',
  macros: {
    // Food being cut (lookarounds of the knife-in-hand idiom).
    food: '(cortando|cortar|corto|descascando|picando|picar) (os |as |uns |umas |o |a )?(legumes|verduras|cebolas?|batatas?|cenouras?|pão|carne|frango|tomates?|frutas?|alho|salada|queijo)',
    pills: PILLS,
    // Sumir de um grupo ou de uma conversa, não da vida ("quero sumir do grupo do trabalho").
    fromchat: '(do|da) (grupo|chat|conversa|whats|zap)',
    drug: DRUGS,
    // Packs counted: an overdose when taken; method detail only beside risk ("bought two boxes for the flu").
    box: '(duas|dois|três|quatro|várias|[2-9]) (caixas|cartelas|frascos)',
    qty: '[1-9]\\d+|tod[oa]s (os|as|meus|minhas)|a caixa (toda|inteira)|uma caixa (toda|inteira)|(a|uma) cartela (toda|inteira)|um monte de|muit[oa]s|uns|umas|dezenas de|vinte|trinta|quarenta|cinquenta|sessenta|cem',
    qtynum: '[1-9]\\d+|a caixa (toda|inteira)|uma caixa (toda|inteira)|(a|uma) cartela (toda|inteira)|dezenas de|vinte|trinta|quarenta|cinquenta|sessenta|cem',
    quero: 'quero|qro|kero|queria|vontade de|tô com vontade de|preciso|desejo|só quero|quer',
  },
  crisis: [
    { id: 'attempt.took-pills', sig: 'attempt', note: 'diz que tomou uma overdose',
      p: "(já )?(tomei|engoli) ({qty}|{box}) ~ ({pills})|(já) (tomei|engoli) (os|as|meus|minhas|todos os|todas as) ~ ({pills})" },
    { id: 'attempt.took-some', sig: 'attempt', needs: true, note: 'diz que tomou remédios', p: "(tomou|engoliu) (uns|umas|os|as|muitos|todos os|seus) ~ ({pills})" },
    { id: 'attempt.now', sig: 'attempt', note: 'descreve uma tentativa em curso',
      p: "(tô|estou) (na|no|em cima da|em cima do|no alto da|no alto do|no topo do|no terraço do) (ponte|telhado|beirada|parapeito|trilhos?|viaduto|prédio|edifício)( agora( mesmo)?)?(?=[,;.!?]|$| e(?![a-z]))|já fiz|(os remédios|os comprimidos) (já )?(tão|estão) fazendo efeito" },
    { id: 'intent.kill-self', sig: 'intent', who: 'self', note: 'expressa intenção de tirar a própria vida',
      p: "vou me matar|vou tomar (todos os|todas as) (meus |minhas )?({pills})|não me sinto segur[oa] comigo mesm[oa]|vou (tirar minha|tirar a minha) (própria )?vida|vou acabar com (tudo|isso|minha vida)|(hoje à noite|hoje|amanhã) (eu )?(acabo com (tudo|isso)|faço|vou fazer)|(já )?decidi|está decidido" },
    { id: 'ideation.want-die', sig: 'ideation', note: 'quer morrer',
      p: "({quero}) (só |muito |mesmo |de verdade )*(morrer|me matar|tirar minha (própria )?vida|tirar a minha vida|sumir para sempre|não existir|estar mort[oa]|acabar com tudo)|(prefiro|preferia) estar mort[oa]|melhor mort[oa]" },
    { id: 'ideation.think', sig: 'ideation', note: 'pensa em suicídio',
      p: "(penso|pensa|pensava|pensando|pensar|pensei|pensamentos|ideias|ideação) (muito |o tempo todo |de novo )?(em|no|na|de)? ?(suicídio|me matar|se matar|morrer|tirar minha vida|acabar com tudo)|(pensamentos|ideias) suicidas|suicida|me suicidar|nao paro de pensar em (suicídio|morrer)" },
    { id: 'ideation.not-live', sig: 'ideation', neg: false, note: 'não quer viver',
      p: "(não) quero (mais |continuar )?viv(er|endo)( mais)?(?! (em|no|na|nos|nas|com (meus|minha|meu|minhas|eles|ele|ela)|perto|longe|lá))|(pq|por que) eu ainda (tô|estou) aqui|(não) vejo (mais )?motivo (pra|para) (não) acabar com tudo|(não) (vejo|tenho) (mais )?(motivo|razão) (pra|para) viver|(desisto de tudo|eu desisto),? (de vez|para sempre|de vez por todas)" },
    { id: 'ideation.other', sig: 'ideation', who: 'other', note: 'outra pessoa fala em tirar a própria vida',
      p: "(quer|queria) (se matar|morrer|se suicidar|tirar a (própria )?vida)|quer (sumir|desaparecer) ((e|pra|para) (não voltar|nunca mais voltar)|pra sempre|para sempre)" },
    { id: 'intent.other', sig: 'intent', who: 'other', note: 'outra pessoa diz que vai tirar a própria vida', p: "vai se (matar|suicidar)|vai tomar (todos os|todas as) ({pills})" },
    { id: 'selfharm.act', sig: 'selfharm', note: 'autolesão atual',
      p: "me queimei com (um|uma|o|a|meu) (cigarro|isqueiro)|me cortar(?! (o|a|os|as|el|la|los|las|meu|minha|mi|su|seu|sua) (cabelo|pelo|franja|flequillo|unhas|uñas|barba|pontas|puntas))|me corto(?! (o|a|os|as|el|la|los|las|meu|minha|mi|su|seu|sua) (cabelo|pelo|franja|flequillo|unhas|uñas|barba|pontas|puntas))|me cortei(?! (o|a|os|as|el|la|los|las|meu|minha|mi|su|seu|sua) (cabelo|pelo|franja|flequillo|unhas|uñas|barba|pontas|puntas))|me machucar|me ferir|me queimar|automutila\\w*|autolesão|me mutilar" },
    { id: 'selfharm.other', sig: 'selfharm', who: 'other', note: 'outra pessoa se autolesiona', p: "se (corta|cortou)(?! (o|a|os|as|el|la|los|las|meu|minha|mi|su|seu|sua) (cabelo|pelo|franja|flequillo|unhas|uñas|barba|pontas|puntas))|se (machuca|mutila|fere|queima)" },
    { id: 'selfharm.again', sig: 'selfharm', needs: true, note: 'vontade de repetir', p: "(quero|vontade de) (fazer de novo|fazer isso de novo|repetir)" },
    { id: 'selfharm.relapse', sig: 'selfharm', needs: true, note: 'recaída ou cicatrizes', p: "recaída|recaí|cicatrizes" },
    { id: 'attempt.past', sig: 'attempt-past', past: true, note: 'uma tentativa de suicídio (recente = alto)',
      p: "(tentei|tentou|tentaram) (me matar|se matar|suicídio|tirar (minha|a minha|a sua|sua) (própria )?vida)|(minha|sua|uma) tentativa( de suicídio)?|tentativa de suicídio" },
    // A farewell to no one in particular, or a "despedida", is as often a class or a party.
    { id: 'goodbye.weak', sig: 'goodbye', needs: true, note: 'fala em se despedir', p: "me despedir|despedida" },
    { id: 'goodbye', sig: 'goodbye', note: 'está se despedindo',
      p: "me despedir de (vocês|vcs|todos|todo mundo)|adeus a todos|minha última (mensagem|postagem)|deixei tudo (organizado|em ordem|arrumado)|(logo|em breve) (eu )?(não) vou (ser|mais ser) (mais )?(problema|um peso|um fardo)|não vou ser mais problema|quem fica com (a gata|o gato|meu cachorro|minhas coisas)|doando minhas coisas" },
    { id: 'burden', sig: 'passive', note: 'acha que os outros ficariam melhor sem ele/ela', p: "(estariam|ficariam|seriam) melhor sem mim|sou um (peso|fardo)|ninguém (sentiria|ia sentir) minha falta" },
    { id: 'plan', sig: 'plan', note: 'escreveu cartas ou tem um plano', p: "(já )?(escrevi|deixei) (as|uma|minhas|a) cartas? (de despedida|pra|para)|já sei como (vou fazer|fazer)" },
    { id: 'plan.weak', sig: 'plan', needs: true, note: 'diz ter tudo preparado', p: "(já )?tenho tudo (o que|que) preciso|tenho tudo (pronto|preparado|planejado)|(está|tá) tudo pronto|tenho um plano" },
    { id: 'means', sig: 'means', note: 'juntou meios', p: "(juntando|guardando|acumulando|juntei|guardei|tenho (guardado|juntado|acumulado)) ((minha |meu |minhas |meus |os |as )?~ ({pills})|({qty}) (de )?({pills}|{drug}))" },
    { id: 'vague.take-all', sig: 'vague', needs: true, note: 'vai tomar todos', p: "(vou|vai) (tomar|engolir) (todos|todas)" },
    { id: 'means.set-aside', sig: 'means', needs: true, note: 'separou os remédios', p: "separei (os |meus |minhas |todos os |todas as )?({pills})" },
    { id: 'vague.today', sig: 'vague', needs: true, note: 'diz que hoje é o dia', p: "hoje é o dia(?! (d[aoe]|em que|que|pra|para|de))" },
    { id: 'vague.courage', sig: 'vague', needs: true, who: 'self', note: 'falta coragem', p: "(só )?(me )?falta coragem" },
    { id: 'vague.when', sig: 'vague', note: 'guarda algo para quando tiver coragem',
      p: "(pra|para) quando eu (tiver coragem|me decidir|for fazer|estiver pront[oa])" },
    { id: 'time', sig: 'time', note: 'com hora ou data', p: "hoje (à) noite|hoje(?=[.!?,]|$)|esta noite|essa noite|amanhã|(no |na )?(segunda|terça|quarta|quinta|sexta|sábado|domingo)|este fim de semana|quando (meus pais|os meus pais|todos) (forem|saírem|dormirem)|daqui a uma hora|agora mesmo" },
    { id: 'passive', sig: 'passive', neg: false, note: 'desejo passivo de não acordar ou sumir',
      p: "(queria|quero|gostaria de) (dormir|adormecer) e (não) acordar( mais)?|(queria|quero) dormir (pra|para) sempre(?! (nesse|neste|no|esse|este) (feriado|fim de semana|domingo|sábado|férias))|(dormir|adormecer) e (não|nunca mais) acordar|(não) quero (mais )?acordar|(quero|queria|vontade de) (sumir|desaparecer)(?! (pra|para|pro|no|na|num|numa|em)(?![a-z])(?! sempre))(?! {fromchat})(?!( por)? (uns|alguns|algumas|um) (dias|tempo|pouco|horas|semanas))|(desiludid[oa]|decepcionad[oa]) por ter acordado|cansad[oa] de viver|(só )?queria desaparecer|desaparecer (pra|para) sempre|(esperando|espero) (bater|capotar)( o carro)?$" },
    { id: 'hopeless', sig: 'hopeless', note: 'desesperança',
      p: "(não) aguento mais(?! (o|a|os|as|esse|essa|esses|essas|este|esta|meu|minha|meus|minhas|ele|ela|eles|elas) (?!vida|dor|sofrimento)[a-z])|(não) tem (mais )?sentido|sem esperança|nada vai melhorar|nunca vai melhorar|(não) (vejo|vê) (mais )?sentido em nada|(tô|estou) no (limite|fundo do poço)|(não) sirvo pra nada" },
    { id: 'distress', sig: 'distress', note: 'sofrimento', p: "ninguém me (entende|ama|precisa)|ninguém precisa de mim|me sinto (sozinh[oa]|vazi[oa])|choro (toda noite|todo dia)|crises? de (ansiedade|pânico)|me odeio" },
    ...PT_CRISIS_MORE,
    ...PT_FAMILIES_CRISIS,
    ...PT_CORE,
    ...PT_CORE_MORE,
  ],
  method: [
    { id: 'method.med-packs', needs: true, note: 'medicamento com quantidade', p: "({box}) (de )?(meus |minhas |os |as |seus )?({pills})" },
    { id: 'method.med-quantity', note: 'medicamento com quantidade', p: "({qtynum}) (de )?(meus |minhas |os |as |seus )?({pills})|({qty}) (de )?(meus |minhas |os |as )?({drug})|(uns|umas) \\d+ ({pills})|(juntando|guardando|acumulando|juntei|guardei) (minha |meu |minhas |meus |os |as )?({drug})" },
    { id: 'method.lethal', sig: 'plan', note: 'pergunta por uma quantidade letal', p: "quant[oa]s ~ ({pills}) ~ (mata|matam|precisa|pra morrer|para morrer|é letal|overdose)|dose (letal|fatal)|overdose de ({pills})" },
    { id: 'method.height', sig: 'plan', note: 'altura, veículo ou ferrovia', p: "(pular|me jogar|me atirar|se joga|(?<!(ele|ela) )pula|se atira|eu pulo|me jogo) (da|do|de uma|de um|na frente do|na frente de um|debaixo do)? ~ (ponte|prédio|telhado|sacada|janela|penhasco|andar|viaduto|trem|metrô|trilhos)|linha do trem|trilhos do trem" },
    { id: 'method.hanging', sig: 'plan', note: 'ligadura', p: "me enforcar|se enforcar|enforcamento|corda no pescoço|forca|(tenho|comprei) (a|uma) corda(?! (pro|pra|para))" },
    { id: 'method.cutting', sig: 'plan', note: 'detalhe de corte ou ferramenta', p: "cortar (os |meus )?pulsos|(mais )?fundo|lâmina|gilete|estilete" },
    { id: 'method.other', sig: 'plan', note: 'outro detalhe de método', p: "(arma|revólver|pistola) (na|contra a) (cabeça|boca)|me dar um tiro|(carvão|monóxido) ~ (carro|quarto)|(como|jeito de|forma de|método pra) (me matar|morrer sem dor|se matar)|morrer sem dor|beber (água sanitária|veneno)" },
    ...PT_METHOD_MORE,
    ...PT_FAMILIES_METHOD,
  ],
  stigma: [
    { id: 'stigma.committed', guide: 'samaritans', suggestion: '{1} por suicídio', note: '"cometer" apresenta o suicídio como crime', dropIn: true, forms: [['cometeu', 'morreu'], ['cometeram', 'morreram'], ['cometer', 'morrer'], ['comete', 'morre']], p: "(cometeu|cometer|comete|cometeram) (o )?suicídio" },
    { id: 'stigma.coward', guide: 'samaritans', suggestion: 'tirou a própria vida', note: 'julgamento moral do suicídio', p: "(se matou|se suicidou|tirou a (própria )?vida) (por covardia|como um covarde)|(suicídio|se matar) (é) (coisa )?de covarde|(suicídio) (é) egoismo" },
    { id: 'stigma.attention', guide: 'samaritans', suggestion: 'está pedindo ajuda', note: 'reduz o sofrimento a busca de atenção', p: "(pra|para|só pra) chamar (a )?atenção|quer atenção|que drama" },
    { id: 'stigma.things', guide: 'mindframe-mh', suggestion: 'instável', note: 'diagnóstico usado para descrever uma coisa', p: "(tempo|clima|dia|semana|chefe|internet|wi ?fi|mercado|economia) (hoje |daqui |aqui |de casa )?(tá|está|é) (muito |super |tão |totalmente |meio )?(bipolar|esquizofrênic[oa]|esquizo)" },
    { id: 'stigma.so-diagnosis', guide: 'mindframe-mh', suggestion: '{1}', note: 'diagnóstico usado como adjetivo casual', forms: [['to', 'organizado/a'], ['au', 'detalhista'], ['bi', 'inconstante'], ['es', 'confuso/a']], p: "(?:sou|é|tá|tô) (?:muito|super|tão|meio|bem|mo) (toc|autista|bipolar|esquizo)" },
    { id: 'stigma.slur', guide: 'bc2m', suggestion: 'uma palavra para o que fez, como “injusto”', note: 'insulto ligado à saúde mental', p: "psicopata|(doid|louc)[oa] varrid[oa]|aquele doido|aquela doida|os doidos|maluco|maluca|pirad[oa]|esquizo|doentes mentais|(é|era) (um|uma) doente mental" },
    { id: 'stigma.asylum', guide: 'mindframe-mh', suggestion: 'hospital psiquiátrico', note: 'palavra depreciativa para hospital psiquiátrico', dropIn: true, p: "hospício|manicômio" },
    { id: 'stigma.suffers', guide: 'mindframe-mh', suggestion: 'vive com {1}', note: '"sofre de" apresenta a doença como aflição', selfOk: true, p: "(?:sofre|sofrem|sofrendo|padece) (?:de |com )?(depressão|ansiedade|esquizofrenia|bipolaridade|transtorno bipolar|anorexia|bulimia|toc)" },
    { id: 'stigma.victim', guide: 'mindframe-mh', suggestion: 'vive com {1}', note: 'apresenta a pessoa como vítima', p: "vítima da (depressão|esquizofrenia|anorexia)" },
    { id: 'stigma.label', guide: 'mindframe-mh', suggestion: 'pessoa com {1}', note: 'define a pessoa pelo diagnóstico', selfOk: true, forms: [['anor', 'anorexia'], ['esquizofr', 'esquizofrenia'], ['bul', 'bulimia']], p: "(?:um|uma|os|as) (anoréxic[oa]s?|esquizofrênic[oa]s?|bulímic[oa]s?)|esquizofrênico (é) tudo" },
    { id: 'stigma.dangerous', guide: 'nami', suggestion: 'as pessoas com esquizofrenia', note: 'estereótipo de periculosidade', p: "(esquizofrênicos?|doentes mentais|loucos) (é|são) ~ (perigos[oa]s?|violent[oa]s?)" },
    { id: 'stigma.happy-pills', guide: 'mindframe-mh', suggestion: 'antidepressivos', note: 'banaliza a medicação', p: "pílulas da felicidade" },
    ...PT_STIGMA_MORE,
    ...PT_FAMILIES_STIGMA,
  ],
  idioms: [
    // Ausência explicada na mesma hora ("não vou estar aqui amanhã, vou viajar"): não é uma
    // despedida. Sem o motivo, as palavras continuam a contar.
    `(não) (vou (mais )?estar|estarei) (mais )?(por )?aqui (amanhã|hoje à noite|esta semana|uns dias)[,.;:]? ${AWAY_REASON}|(amanhã|hoje à noite) (eu )?(não) (vou (mais )?estar|estarei) (mais )?(por )?aqui[,.;:]? ${AWAY_REASON}`,
    // No alto ou na estação por um motivo do dia a dia: não é um lugar de perigo.
    "(no|na|em cima do|em cima da) (telhado|ponte|sacada|varanda|terraço|laje|plataforma|estação) (e )?(consertando|arrumando|limpando|pintando|tirando fotos?|tomando (sol|um café)|comendo|lendo|pescando|fazendo (um )?churrasco|a (consertar|arranjar|limpar|pintar|tirar fotos|apanhar sol|tomar (um )?café|comer|ler))",
    "(tomei|tomou) ~ ({pills}) ~ (como (o médico mandou|sempre|de costume|todo dia|receitado|prescrito))",
    // A faca na mão para cortar comida: cozinha, não um meio à mão.
    "(faca|lâmina) ~~ (na mão|nas mãos)(?=[^.!?]{0,60}{food})|{food}[^.!?]{0,60}(faca|lâmina) ~~ (na mão|nas mãos)",
    "mort[oa] de (cansaço|fome|sono|rir|vergonha|calor|frio|sede|saudade|medo|tédio)|morrendo de (fome|sono|rir|vergonha|calor|frio|sede|saudade|medo|vontade|tédio)|morri de (rir|vergonha|medo)|quase morri de|(vai|vão) me matar quando|me matar quando|de morrer de bom|(de|pra) morrer|(tá|está) a matar-me|(esse|este|essa|esta|o|a|meu|minha) (calor|prova|provas|semana|trabalho|faculdade|escola|chefe|dia|rotina|reunião|aula|aulas|trânsito|fila|projeto|curso|estágio) (tá|está) (me matando|a matar-me)|quase tive um treco|matar o tempo|(meu|o) (celular|telemóvel|bateria|notebook) (morreu|tá morto)|esquadrão suicida|clube dos poetas mortos|13 porquês",
  ],
  harassment: [
    "(?<![a-z] )(vai se matar|vai morrer)|se mata (logo)?|(?<!(ele|ela|eu) )(se joga|pula|se atira) (da|do|de uma|de um|na frente do|na frente de um|debaixo do) ~ (ponte|prédio|telhado|sacada|janela|penhasco|viaduto|trem|metrô)|morre (logo|aí|desgraçad[oa]|lixo)|se enforca|te mata|(devia|deveria|devias) (se matar|morrer|te matar)|ninguém (ia )?(sentir|sentiria) sua falta|kys",
  ],
  context: {
    negation: "não|nunca|jamais|nem|sem|nenhum|nenhuma",
    notNegation: "(não) (sei|entendo) (por que|pq|o que)|(não) (paro|consigo parar) de|(não) aguento|(não) vejo (mais )?(sentido|motivo|saída)|(não) (tô|estou) bem|ninguém|nada|(não) tenho coragem",
    past: "(já )?(quase )?não se (veem|notam)|parei de me (cortar|machucar|ferir)|antes(?! de (dormir|deitar|acostarme|ir|sair|salir|comer|acordar|despertar|tudo|todo))|(há|faz) (\\d+|um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|alguns|vários) (anos|ano|meses|mês|semanas)|quando eu era (criança|pequen[oa]|adolescente|nov[oa])|(\\d+|um|uma|dois|tres|quatro|cinco|seis) (anos|ano|meses|mes|semanas) (sem|limp[oa])|em (19|20)\\d\\d|me recuperei|em recuperação|sobrevivi",
    recent: "ontem|ontem a noite|hoje de manhã|de novo|outra vez|recaída|recaí|agora mesmo|ultimamente|ainda",
    hypothetical: "se (algum dia|um dia|eu (algum dia|um dia))|caso (eu )?(algum dia)|hipoteticamente|para (um|uma|o meu|a minha) (história|livro|trabalho|personagem)",
    media: "música|canção|letra|álbum|banda|cantor|cantora|canta|filme|filmes|série|episódio|livro|romance|poema|título|ouvindo|assisti|vi o|vi a|lendo|li",
    self: "eu|me|mim|meu|minha|meus|minhas|comigo|quero|tô|estou|tenho|vou|sou|preciso",
    other: "(meu|minha|meus|minhas|nosso|nossa|seu|sua|a minha|o meu) (irmão|irmã|mãe|pai|pais|filh[oa]|amig[oa]|melhor amig[oa]|namorad[oa]|esposo|esposa|marido|mulher|prim[oa]|ti[oa]|avo|colega|vizinh[oa]|alun[oa]|chefe|ex|cunhad[oa]|sobrinh[oa]|gême[oa]|companheir[oa])|ele|ela|eles|elas|dele|dela",
    generic: "alguém|as pessoas|você|vocês|vc|vcs|te|tu",
    report: "(me )?(disse|diz|falou|fala|escreveu|mandou|contou|postou|anda a dizer|anda dizendo|vive dizendo|fica dizendo)( que)?|mandou mensagem dizendo( que)?",
    selfDescription: "sou|tenho|estou|tô|fui diagnosticad[oa]|diagnosticad[oa] com|vivo com",
    reportedAtMe: "(me )?(chamavam|chamam|chamaram|diziam|dizem) (de )?~",
    notHarassment: "(se|quando) (você|vc|tu) ~|(não)|nunca|por favor (não)",
  },
  stopwords: "eu nao não que de e o a os as um uma para pra com mais mas meu minha estou tô to muito já ja isso me você voce quero tenho nada hoje porque sem ele ela tá ta é em no na do da dos das aquele aquela esse essa penso tempo todo devia ser foi vai tem são pelo pela nos ninguém ainda",
}
