import { describe, expect, it } from 'vitest'
import { screen } from '../../moderation/index'

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
