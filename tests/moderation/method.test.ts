import { describe, expect, it } from 'vitest'
import { screen } from '../../moderation/index'
import { LEXICONS } from '../../moderation/lexicons/index'

const method = (t: string) => screen(t).methodDetail

// Words naming methods, means, tools, drugs or places: never allowed in a note.
const METHOD_WORDS = /\b(pills?|tablets?|paracetamol|sertraline|insulin|drugs?|rope|noose|hang\w*|belt|bridge|train|tracks?|roof|floor|jump\w*|cut\w*|razor|blades?|knife|wrists?|guns?|shoot\w*|charcoal|gas|bleach|poison|helium|drown\w*|overdose|comprim\w*|pastillas?|cuerda|puente|tren|corde|pont|strick|brücke|zug|tabletten|corda|ponte|trem|arma|veneno|gift)\b/i

describe('method detail', () => {
  it.each([
    'how many paracetamol would it take', 'I took 30 paracetamol last year', 'thinking about hanging myself from the banister',
    'I keep thinking about jumping off the golden gate bridge', 'I want to lie down on the train tracks', 'how deep do you have to cut',
    'I have my dad\'s gun in my lap', 'got a bag of charcoal in the boot of the car', 'whats the most painless way to die',
    'cuántas pastillas hacen falta para morir', 'je pense à me pendre dans le garage', 'ich denk darüber nach, mich im keller zu erhängen',
  ])('flags "%s"', (t) => {
    expect(method(t).length).toBeGreaterThan(0)
  })

  it.each([
    "I'm on sertraline 100mg and it helps", 'I take my meds every morning', 'we walked across the bridge to the market',
    'cut my hair short today', 'hang in there everyone', "i'm committed to my recovery",
  ])('does not flag "%s"', (t) => {
    expect(method(t)).toEqual([])
  })

  // A place or a count of packs on its own is everyday; beside risk it says where or how much.
  it.each([
    ['The train line was closed so I was late to therapy', "I'm on the train line and I want to die"],
    ['We sat on the bridge and watched the sunset', "I'm standing on the bridge and I want to die"],
    ['Compré dos cajas de paracetamol en la farmacia para la gripe', 'Me tomé dos cajas de paracetamol hace una hora'],
  ])('flags "%s" only beside risk: "%s"', (everyday, risk) => {
    expect(method(everyday)).toEqual([])
    expect(method(risk).length).toBeGreaterThan(0)
  })

  it('notes never echo the method words (they may appear in notifications)', () => {
    for (const lex of LEXICONS) {
      for (const rule of lex.method) expect(rule.note, rule.id).not.toMatch(METHOD_WORDS)
    }
    const text = 'I have 40 paracetamol and the rope is ready. how many would it take'
    const s = screen(text)
    for (const f of [...s.methodDetail, ...s.crisis.reasons]) {
      expect(f.note, f.rule).not.toMatch(METHOD_WORDS)
      expect(f.note.toLowerCase()).not.toContain(text.slice(f.start, f.end).toLowerCase())
    }
  })
})
