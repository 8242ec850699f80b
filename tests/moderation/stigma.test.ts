import { describe, expect, it } from 'vitest'
import { screen } from '../../moderation/index'
import { LEXICONS } from '../../moderation/lexicons/index'

const stigma = (t: string) => screen(t).stigma
const GUIDES = [
  'Mindframe – Communicating about mental ill-health: language', 'Mindframe – Communicating about suicide: language',
  'Samaritans media guidelines', 'BringChange2Mind – Choose your words', 'APA Style – bias-free language',
  'NAMI – Words matter', 'Recommendations for Reporting on Suicide',
]

describe('stigma', () => {
  it.each([
    'what a nutcase', 'he is such a mental case', 'my schedule is so schizophrenic', "I'm a bit autistic about spreadsheets",
    "he took the coward's way out", 'she is a victim of depression', 'he is suffering from schizophrenia', 'my cousin was an anorexic',
    'the singer committed suicide', "I'm so OCD about my desk", 'the weather is so bipolar', 'my psycho ex keeps texting',
    'what a lunatic', 'just take your happy pills', 'she is just attention-seeking',
    'our manager is completely mental', 'that project was a suicide mission',
  ])('flags "%s"', (t) => {
    expect(stigma(t).length).toBeGreaterThan(0)
  })

  it('gives the term as written, a suggestion and a guide from the reference list', () => {
    const text = 'Apparently the singer Committed Suicide last year.'
    const [f] = stigma(text)
    expect(f).toBeDefined()
    expect(text.slice(f!.start, f!.end)).toBe('Committed Suicide')
    expect(f!.term).toBe('Committed Suicide')
    expect(f!.suggestion).toBe('Died by suicide')
    expect(GUIDES).toContain(f!.guide)
  })

  it('fills the suggestion with the condition named', () => {
    const [f] = stigma('she is a victim of depression')
    expect(f!.suggestion).toBe('living with depression')
    const [g] = stigma('el tiempo está bipolar hoy')
    expect(g!.guide).toBe('Mindframe – Communicating about mental ill-health: language')
  })

  // Advice must fit the word it replaces: "so bipolar" is not "particular", a death is not an attempt.
  it.each([
    ["I'm so OCD about my desk", 'particular'],
    ['my mood is a little bit bipolar', 'changeable'],
    ["I'm so ADHD today", 'distracted'],
    ['that guy is so psychotic', 'out of control'],
    ["I'm a bit autistic about spreadsheets", 'precise'],
    ['my office is so OCD', 'very orderly'],
    ['the weather is so bipolar', 'unpredictable'],
    ['bipolar weather again', 'unpredictable'],
    ['what a manic week', 'hectic'],
    ['His successful suicide shocked the town.', 'death by suicide'],
    ['After her failed suicide attempt she got help.', 'suicide attempt'],
    ['her unsuccessful attempt on her own life', 'suicide attempt'],
    ['A suicide bid by a local man.', 'suicide attempt'],
    ['Mon chef est complètement bipolaire.', 'changeant·e'],
    ['Je suis trop TOC.', 'ordonné·e'],
    ['Es que soy súper TOC con la limpieza.', 'ordenado/a'],
    ['Ich bin so autistisch mit meinen Listen.', 'genau'],
    ['Ele é muito esquizo.', 'confuso/a'],
  ])('suggests words that fit: "%s" → %s', (text, suggestion) => {
    expect(stigma(text)).toMatchObject([{ suggestion }])
  })

  it('takes in the whole phrase: "failed suicide attempt", not "failed suicide"', () => {
    expect(stigma('After her failed suicide attempt she got help.')[0]!.term).toBe('failed suicide attempt')
  })

  it('names the condition, not the label, when a person is called by a diagnosis', () => {
    expect(stigma("She's a total anorexic, look at her legs")[0]!.suggestion).toBe('a person with anorexia')
    expect(stigma('The Schizophrenic next door')[0]!.suggestion).toBe('A person with schizophrenia')
    expect(stigma('Ella es una anoréxica')[0]!.suggestion).toBe('persona con anorexia')
    expect(stigma("C'est une anorexique")[0]!.suggestion).toBe('personne vivant avec une anorexie')
    expect(stigma('Ela é uma anoréxica')[0]!.suggestion).toBe('pessoa com anorexia')
  })

  it.each([
    ['Our manager is completely mental, she changes the deadline every hour.', 'Our manager is completely unreasonable, she changes'],
    ['Du bist total durchgeknallt, ehrlich.', 'Du bist total unvernünftig'],
    ['Mi jefe está desquiciado.', 'Mi jefe está poco razonable'],
  ])('replaces only the insulting word in "%s"', (text, kept) => {
    const [f] = stigma(text)
    expect(text.slice(0, f!.start) + f!.suggestion + text.slice(f!.end)).toContain(kept)
  })

  // Every rule whose suggestion is marked a drop-in, with the sentence it must leave behind.
  const DROP_INS: Array<[string, string, string]> = [
    ['en.stigma.committed-suicide', 'My uncle committed suicide when I was nine.', 'My uncle died by suicide when I was nine.'],
    ['en.stigma.committed-suicide', 'Some people say you should never commit suicide.', 'Some people say you should never die by suicide.'],
    ['en.stigma.committed-suicide', 'She thought about committing suicide for years.', 'She thought about dying by suicide for years.'],
    ['en.stigma.committed-suicide', 'He commits suicide at the end of the film.', 'He dies by suicide at the end of the film.'],
    ['en.stigma.a-diagnosis', "He's a schizophrenic, don't trust him.", "He's a person with schizophrenia, don't trust him."],
    ['en.stigma.the-mentally-ill', 'they want to lock up the mentally ill', 'they want to lock up people living with mental illness'],
    ['en.stigma.happy-pills', 'Just take your happy pills and smile.', 'Just take your antidepressants and smile.'],
    ['en.stigma.insult-person', 'Our manager is completely mental.', 'Our manager is completely unreasonable.'],
    ['es.stigma.committed', 'Mi tío cometió suicidio hace dos años.', 'Mi tío murió por suicidio hace dos años.'],
    ['es.stigma.committed', 'Mi primo había cometido suicidio.', 'Mi primo había muerto por suicidio.'],
    ['es.stigma.insult-adj', 'Mi jefe está desquiciado.', 'Mi jefe está poco razonable.'],
    ['es.stigma.asylum', 'Ese tipo debería estar en el manicomio.', 'Ese tipo debería estar en el hospital psiquiátrico.'],
    ['pt.stigma.committed', 'Meu tio cometeu suicídio no ano passado.', 'Meu tio morreu por suicídio no ano passado.'],
    ['pt.stigma.committed', 'Ninguém deveria cometer suicídio.', 'Ninguém deveria morrer por suicídio.'],
    ['pt.stigma.insult-adj', 'Ela é biruta.', 'Ela é pouco razoável.'],
    ['pt.stigma.asylum', 'Levaram ele pro manicômio.', 'Levaram ele pro hospital psiquiátrico.'],
    ['fr.stigma.happy-pills', 'Prends tes pilules du bonheur.', 'Prends tes antidépresseurs.'],
    ['fr.stigma.insult-adj', 'Il est complètement barjo, ce type.', 'Il est complètement déraisonnable, ce type.'],
    ['de.stigma.happy-pills', 'Nimm deine Glückspillen.', 'Nimm deine Antidepressiva.'],
    ['de.stigma.insult-adj', 'Du bist total durchgeknallt, ehrlich.', 'Du bist total unvernünftig, ehrlich.'],
  ]
  it.each(DROP_INS)('%s: one click turns "%s" into "%s"', (rule, text, expected) => {
    const [f] = stigma(text)
    expect(f).toMatchObject({ rule, dropIn: true })
    expect(text.slice(0, f!.start) + f!.suggestion + text.slice(f!.end)).toBe(expected)
  })
  it('marks a rule a drop-in only with a sentence above that shows it', () => {
    const marked = LEXICONS.flatMap((l) => l.stigma.filter((r) => r.dropIn).map((r) => r.id))
    expect(marked.length).toBeGreaterThan(10)
    expect(new Set(marked)).toEqual(new Set(DROP_INS.map(([rule]) => rule)))
  })
  it.each([
    ['My ex was a total psycho.', 'en.stigma.nutcase'],
    ["I'm so OCD about my desk", 'en.stigma.so-diagnosis'],
    ['Hay que encerrarlo.', 'es.stigma.lock-up'],
    ['Mein Opa war in der Klapse.', 'de.stigma.asylum'],
  ])('offers advice, not a replacement, where the words would not fit: "%s"', (text, rule) => {
    expect(stigma(text)).toMatchObject([{ rule, dropIn: false }])
  })

  it('spans work for one-click replacement', () => {
    const text = 'my schedule is so schizophrenic lately'
    for (const f of stigma(text)) {
      const replaced = text.slice(0, f.start) + f.suggestion + text.slice(f.end)
      expect(replaced).not.toContain(f.term)
    }
  })

  it.each([
    'I was diagnosed with bipolar II last spring', "I'm bipolar and proud", 'Mad Pride march this weekend',
    'kids at school called me psycho', "I'm committed to getting better", 'I have OCD and ERP is helping',
    "I'm schizophrenic and I have a job", 'as an autistic woman I find groups hard',
    'the paper called it a "successful suicide", what a gross phrase',
    'My failed attempt at the driving test was funny.', 'a successful attempt at a world record',
    "it's so sad to see", 'my mental health is so bad lately', 'he is mental health first aid trained',
  ])('does not flag "%s"', (t) => {
    expect(stigma(t)).toEqual([])
  })

  it('works in the other languages', () => {
    expect(stigma('mi tío cometió suicidio').length).toBeGreaterThan(0)
    expect(stigma('la météo est complètement bipolaire').length).toBeGreaterThan(0)
    expect(stigma('mein Onkel hat Selbstmord begangen').length).toBeGreaterThan(0)
    expect(stigma('sou muito TOC com minha mesa').length).toBeGreaterThan(0)
    expect(stigma('en el cole me llamaban "la loca"')).toEqual([])
  })
})
