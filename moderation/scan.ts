// Per-screen cache of context-pattern matches, computed once per (pattern, sentence) and
// reused by every lexicon match that asks. Windows never cut words: a match counts only if
// it lies wholly inside the window, so "cannot" never yields a "not".
// Patterns are ids (grams.ts scanPattern), so the cache is arrays indexed by id (a Map keyed
// by RegExp took a third of a cached scan's time).
import { PATTERNS, mayMatch } from './grams'
import { sentenceIndex, type Segments } from './segment'

// The shared "no match" result: never written to (a sentence's first match starts its own array).
const NONE: number[] = []

export class Scan {
  // Per pattern, per sentence: its matches as flat [start, end, start, end, ...] offsets.
  private readonly cache: Array<Array<number[] | undefined> | undefined> = []
  private readonly sentText: Array<string | undefined> = []
  constructor(readonly seg: Segments) {}

  private sentence(id: number, si: number): number[] {
    const per = (this.cache[id] ??= [])
    const hit = per[si]
    if (hit) return hit
    if (!mayMatch(id, this.seg.text, si)) return (per[si] = NONE)
    const { sentStarts, text } = this.seg
    const re = PATTERNS[id]!
    const a = sentStarts[si]!
    const s = (this.sentText[si] ??= text.slice(a, sentStarts[si + 1] ?? text.length))
    let found = NONE
    re.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = re.exec(s)) !== null) {
      if (m[0].length === 0) { re.lastIndex++; continue }
      // A literal, not push() onto []: an empty array's first push reserves 16 slots.
      if (found === NONE) found = [a + m.index, a + m.index + m[0].length]
      else found.push(a + m.index, a + m.index + m[0].length)
    }
    per[si] = found
    return found
  }

  // Where has() found its match (read right after a call that returned true).
  private foundS = 0
  private foundE = 0

  /** Whether pattern `id` matches inside [a, b); the last such match is left in foundS/foundE. */
  has(id: number, a: number, b: number): boolean {
    if (b <= a) return false
    const starts = this.seg.sentStarts
    let found = false
    for (let si = sentenceIndex(this.seg, a); si < starts.length && starts[si]! < b; si++) {
      const ms = this.sentence(id, si)
      for (let k = 0; k < ms.length; k += 2) {
        if (ms[k]! >= a && ms[k + 1]! <= b) { found = true; this.foundS = ms[k]!; this.foundE = ms[k + 1]! }
      }
    }
    return found
  }

  /** Last match of pattern `id` lying inside [a, b), or null. */
  last(id: number, a: number, b: number): [number, number] | null {
    return this.has(id, a, b) ? [this.foundS, this.foundE] : null
  }
}
