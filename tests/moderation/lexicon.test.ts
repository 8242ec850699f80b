import { describe, expect, it } from 'vitest'
import { bankStats } from '../../moderation/bank'
import { compilePattern, expandFolded, expandMacros } from '../../moderation/compile'
import { LEXICONS } from '../../moderation/lexicons/index'
import { GUIDES } from '../../moderation/guides'
import { emit, parse, type Item } from '../../moderation/pattern'

/** The items without their optional apostrophes and word gaps, at every depth. */
const withoutOptional = (items: Item[]): Item[] =>
  items.filter((it) => it.t !== 'sep' && !(it.t === 'lit' && it.c === "'"))
    .map((it) => (it.t === 'grp' ? { ...it, alts: it.alts.map(withoutOptional) } : it))

/** Alternatives that compile to the same regex as an earlier one in their group, optional
 * apostrophes and gaps aside: accents are optional and letters squeezed in matching, so
 * "tome|tomé" or "cancelled|canceled" is one choice written twice, and "im" beside "i'm" or
 * "selfharm" beside "self harm" a choice the other already makes (dead bytes in a bundle kept
 * under 120 KB). */
function repeatedAlternatives(alts: Item[][], found: string[] = []): string[] {
  const seen = new Set<string>()
  for (const alt of alts) {
    const re = emit(withoutOptional(alt))
    if (seen.has(re)) found.push(re)
    seen.add(re)
    for (const it of alt) if (it.t === 'grp') repeatedAlternatives(it.alts, found)
  }
  return found
}

/** Whether the groups of a pattern close as they open. The pattern parser stops at a stray
 * ')', so the alternatives after it would be dropped without an error. */
function balanced(src: string): boolean {
  let depth = 0
  let inClass = false
  for (let i = 0; i < src.length; i++) {
    const c = src[i]
    if (c === '\\') { i++; continue }
    if (inClass) { if (c === ']') inClass = false; continue }
    if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')' && --depth < 0) return false
  }
  return depth === 0
}

describe('lexicons', () => {
  it('compile, with unique rule ids and notes', () => {
    const ids = new Set<string>()
    for (const lex of LEXICONS) {
      for (const r of [...lex.crisis, ...lex.method, ...lex.stigma]) {
        expect(ids.has(r.id), `duplicate id ${r.id}`).toBe(false)
        ids.add(r.id)
        expect(r.id.startsWith(`${lex.lang}.`), r.id).toBe(true)
        expect(r.id.split('.')[1], `${r.id}: written with its language`).not.toMatch(/^(en|es|fr|de|pt)$/)
        expect(() => compilePattern(expandMacros(r.p, lex.macros)), r.id).not.toThrow()
        expect(expandMacros(r.p, lex.macros), r.id).not.toMatch(/\{[a-z]+\}/)
        expect(repeatedAlternatives(parse(expandFolded(r.p, lex.macros))), r.id).toEqual([])
        expect(balanced(expandMacros(r.p, lex.macros)), `${r.id}: unbalanced parentheses`).toBe(true)
      }
      for (const r of lex.stigma) expect(GUIDES[r.guide], r.id).toBeDefined()
      for (const [name, p] of [...lex.idioms.entries(), ...lex.harassment.entries(), ...Object.entries(lex.context)]) {
        expect(repeatedAlternatives(parse(expandFolded(p, lex.macros))), `${lex.lang} ${name}`).toEqual([])
        expect(balanced(expandMacros(p, lex.macros)), `${lex.lang} ${name}: unbalanced parentheses`).toBe(true)
      }
    }
    expect(bankStats().regexes).toBeGreaterThan(500)
  })
  it('every entry has key words, so none runs on every post', () => {
    expect(bankStats().unkeyed).toEqual([])
  })
  it('reads ^ and $ as the edges of a sentence, whether it scans one sentence or the whole post', () => {
    const { re } = compilePattern(expandFolded('^for god$', {}))
    const test = (t: string) => { re.lastIndex = 0; return re.test(t) }
    expect(test("i'm done. for god.")).toBe(true)
    expect(test("i'm done. for god")).toBe(true)
    expect(test('for god')).toBe(true)
    expect(test("i'm leaving for god.")).toBe(false)
    expect(test("i'm done. for god reasons.")).toBe(false)
    // A class keeps its own "^".
    expect(compilePattern('[^x]y').re.source).toContain('[^x]y')
  })
  it('reads the words of a negative lookaround as whole words', () => {
    const matches = (p: string, t: string) => { const { re } = compilePattern(expandFolded(p, {})); re.lastIndex = 0; return re.test(t) }
    // "(?! (to|on))" refuses "to the shop", not "tonight" or "once". (Patterns run on
    // normalised text, where letters are squeezed: these words have no double letters.)
    expect(matches('take them(?! (to|on))', 'take them to the shop')).toBe(false)
    expect(matches('take them(?! (to|on))', 'take them tonight')).toBe(true)
    expect(matches('take them(?! (to|on))', 'take them once they sleep')).toBe(true)
    // "(?<!is with )" refuses "is with", not "this with".
    expect(matches('(?<!is with )my dog', 'she is with my dog')).toBe(false)
    expect(matches('(?<!is with )my dog', 'i did this with my dog')).toBe(true)
    // A lookahead that ends in a class is left as written ($ is one).
    expect(matches('go$', 'go.')).toBe(true)
  })
  it('all five languages are present with context words', () => {
    expect(LEXICONS.map((l) => l.lang).sort()).toEqual(['de', 'en', 'es', 'fr', 'pt'])
    for (const lex of LEXICONS) {
      for (const [k, p] of Object.entries(lex.context)) expect(p.length, `${lex.lang}.${k}`).toBeGreaterThan(0)
    }
  })
})
