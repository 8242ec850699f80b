import { describe, expect, it } from 'vitest'
import { SCREEN_VERSION, levelRank, screen } from '../../moderation/index'

describe('screen() is total', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t '],
    ['only emoji', '🪦⚰️🔫💊🔪🩸😂💀🏳️‍🌈👍🏽'],
    ['lone surrogates', '\ud800\udc00\ud800 want \udfff to die \ud83d'],
    ['control characters', '\u0000\u0001\u0007\u001b[31m'],
    ['combining marks only', '\u0301\u0302\u0303'],
    ['RTL and mixed scripts', 'أريد أن أموت 我想死 i want to die'],
    ['regex metacharacters', '(((([[[***+++???\\\\$$^^|||'],
    ['long run of one letter', 'a'.repeat(20000)],
    ['spaced letters everywhere', 'a b c d e f g h i j k l m n o p q r s t u v w x y z '.repeat(200)],
    ['digits', '1234567890 '.repeat(500)],
  ])('%s', (_, text) => {
    const s = screen(text)
    expect(s.version).toBe(SCREEN_VERSION)
    expect(['none', 'concern', 'high', 'imminent']).toContain(s.crisis.level)
    expect(s.crisis.subject === 'none').toBe(s.crisis.level === 'none')
    for (const f of [...s.crisis.reasons, ...s.stigma, ...s.methodDetail, ...s.pii]) {
      expect(f.start).toBeGreaterThanOrEqual(0)
      expect(f.end).toBeLessThanOrEqual(text.length)
      expect(f.end).toBeGreaterThanOrEqual(f.start)
    }
  })

  it('handles a 50k-character post in reasonable time', () => {
    const text = ('I had a long day. My therapist says journaling helps. I want to die sometimes. ').repeat(650).slice(0, 50000)
    const t = performance.now()
    const s = screen(text)
    expect(performance.now() - t).toBeLessThan(3000)
    expect(s.crisis.level).toBe('high')
  })

  it('never throws on non-string input', () => {
    expect(screen(undefined as unknown as string).crisis.level).toBe('none')
    expect(screen(null as unknown as string).crisis.level).toBe('none')
    expect(screen(42 as unknown as string).crisis.level).toBe('none')
    expect(screen('I want to die', null as unknown as object).crisis.level).toBe('high')
  })

  it('orders levels', () => {
    expect(levelRank('none')).toBeLessThan(levelRank('concern'))
    expect(levelRank('concern')).toBeLessThan(levelRank('high'))
    expect(levelRank('high')).toBeLessThan(levelRank('imminent'))
  })

  it('is deterministic', () => {
    const t = "I'm on the bridge. My friend Daniel Whitaker (07700 900456) doesn't know. goodbye"
    expect(JSON.stringify(screen(t, { country: 'GB' }))).toBe(JSON.stringify(screen(t, { country: 'GB' })))
  })
})
