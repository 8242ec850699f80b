import { describe, expect, it } from 'vitest'
import { bankStats } from '../../moderation/bank'
import { compilePattern, expandMacros } from '../../moderation/compile'
import { LEXICONS } from '../../moderation/lexicons/index'
import { GUIDES } from '../../moderation/guides'

describe('lexicons', () => {
  it('compile, with unique rule ids and notes', () => {
    const ids = new Set<string>()
    for (const lex of LEXICONS) {
      for (const r of [...lex.crisis, ...lex.method, ...lex.stigma]) {
        expect(ids.has(r.id), `duplicate id ${r.id}`).toBe(false)
        ids.add(r.id)
        expect(r.id.startsWith(`${lex.lang}.`), r.id).toBe(true)
        expect(() => compilePattern(expandMacros(r.p, lex.macros)), r.id).not.toThrow()
        expect(expandMacros(r.p, lex.macros), r.id).not.toMatch(/\{[a-z]+\}/)
      }
      for (const r of lex.stigma) expect(GUIDES[r.guide], r.id).toBeDefined()
    }
    expect(bankStats().regexes).toBeGreaterThan(500)
  })
  it('every entry has key words, so none runs on every post', () => {
    expect(bankStats().unkeyed).toEqual([])
  })
  it('all five languages are present with context words', () => {
    expect(LEXICONS.map((l) => l.lang).sort()).toEqual(['de', 'en', 'es', 'fr', 'pt'])
    for (const lex of LEXICONS) {
      for (const [k, p] of Object.entries(lex.context)) expect(p.length, `${lex.lang}.${k}`).toBeGreaterThan(0)
    }
  })
})
