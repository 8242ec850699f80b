// The prefilter (compile.ts literals and key sets, grams.ts) may only skip a regex where it
// cannot match: every string of a clause it derives must be made of pieces that occur in any
// text the regex matches. Checked on every lexicon entry and context pattern against the
// corpus, through the same compiler calls as bank.ts.
import { describe, expect, it } from 'vitest'
import { loadSplit } from '../../moderation/cli/corpus'
import { compileAlternatives, compilePattern, expandFolded, expandMacros } from '../../moderation/compile'
import { DIGIT } from '../../moderation/grams'
import { LEXICONS } from '../../moderation/lexicons/index'
import { normalise } from '../../moderation/normalise'
import { segment, sentenceIndex } from '../../moderation/segment'

// Corpus posts, normalised as screen() does, one per line (a line is never part of two sentences).
const posts = [...(loadSplit('tune') ?? []), ...(loadSplit('dev') ?? [])].map((c) => normalise(c.text).text)
const text = posts.join('\n')
const seg = segment(text)
const starts = seg.sentStarts
/** The sentences holding [a, b): one, unless a match runs on past its sentence (bank.ts lets
 * an entry tried at its key word do so, and checks its literals in the whole post). */
const sentencesOf = (a: number, b: number) => text.slice(starts[sentenceIndex(seg, a)]!, starts[sentenceIndex(seg, b - 1) + 1] ?? text.length)

/** Whether a clause string may occur in a sentence as the prefilter reads it (l as i; its
 * pieces of two or more letters, each inside a word). */
function mayOccur(s: string, sentence: string): boolean {
  if (s === DIGIT) return /\d/.test(sentence)
  const words = sentence.replace(/l/g, 'i')
  return s.split(/[^a-z0-9]+/).filter((p) => p.length >= 2).every((p) => words.includes(p))
}

const holds = (clauses: string[][], sentence: string) => clauses.every((cl) => cl.some((s) => mayOccur(s, sentence)))

/** Each match of `re` in the corpus, with its sentence. */
function* matches(re: RegExp): Generator<[string, string]> {
  re.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) { re.lastIndex++; continue }
    yield [m[0], sentencesOf(m.index, m.index + m[0].length)]
  }
}

describe('prefilter', () => {
  it('the literals and key sets of every lexicon entry occur in every sentence it matches', () => {
    let checked = 0
    const wrong: string[] = []
    for (const lex of LEXICONS) {
      const rules = [
        ...lex.crisis, ...lex.method, ...lex.harassment.map((p, i) => ({ id: `${lex.lang}.harassment.${i}`, p })),
        ...lex.idioms.map((p, i) => ({ id: `${lex.lang}.idiom.${i}`, p })),
      ].map((r) => [r, true] as const)
      for (const [rule, merge] of [...rules, ...lex.stigma.map((r) => [r, false] as const)]) {
        for (const c of compileAlternatives(expandFolded(rule.p, lex.macros), merge, true)) {
          for (const [found, sentence] of matches(c.re)) {
            checked++
            if (!holds([...c.lits, ...c.also], sentence)) wrong.push(`${rule.id}: "${found}" in "${sentence}" lacks one of ${JSON.stringify([...c.lits, ...c.also])}`)
          }
        }
      }
    }
    expect(wrong).toEqual([])
    expect(checked).toBeGreaterThan(2000)
  })

  it('some alternative of every context pattern has all its literals in every sentence it matches', () => {
    let checked = 0
    const wrong: string[] = []
    for (const lex of LEXICONS) {
      for (const [name, p] of Object.entries(lex.context)) {
        const { re, lits } = compilePattern(expandMacros(p, lex.macros))
        for (const [found, sentence] of matches(re)) {
          checked++
          if (!lits.some((alt) => holds(alt, sentence))) wrong.push(`${lex.lang}.${name}: "${found}" in "${sentence}"`)
        }
      }
    }
    expect(wrong).toEqual([])
    expect(checked).toBeGreaterThan(2000)
  })

  it('needs every word of a phrase, short ones too, and reads [li] as the letter the prefilter sees', () => {
    const [doIt] = compileAlternatives(expandFolded('(going to|gonna) (do it|end this)', {}), true, true)
    expect(doIt!.lits).toContainEqual(['do it', 'end this'])
    const [kill] = compileAlternatives(expandFolded('k[il]ll myself', {}), true, true)
    expect(kill!.lits).toEqual([['kii myseif']])
    // An optional apostrophe splits a word: "i'm" and "im" share no piece of two letters.
    expect(compilePattern(expandFolded("i'?m done", {})).lits).toEqual([[['done']]])
  })
})
