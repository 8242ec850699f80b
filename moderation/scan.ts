// Per-screen cache of context-pattern matches, computed once per (pattern, sentence) and
// reused by every lexicon match that asks. Windows never cut words: a match counts only if
// it lies wholly inside the window, so "cannot" never yields a "not".
import { mayMatch } from './grams'
import { sentenceIndex, type Segments } from './segment'

// The shared "no match" result: never written to (a sentence's first match starts its own array).
const NONE: number[] = []

export class Scan {
  // Per pattern, per sentence: its matches as flat [start, end, start, end, ...] offsets.
  private readonly cache = new Map<RegExp, Array<number[] | undefined>>()
  private readonly sentText: Array<string | undefined> = []
  constructor(readonly seg: Segments) {}

  private sentence(re: RegExp, si: number): number[] {
    let per = this.cache.get(re)
    if (!per) this.cache.set(re, (per = []))
    const hit = per[si]
    if (hit) return hit
    if (!mayMatch(re, this.seg.text, si)) return (per[si] = NONE)
    const { sentStarts, text } = this.seg
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

  /** Whether `re` matches inside [a, b); the last such match is left in foundS/foundE. */
  has(re: RegExp, a: number, b: number): boolean {
    if (b <= a) return false
    const starts = this.seg.sentStarts
    let found = false
    for (let si = sentenceIndex(this.seg, a); si < starts.length && starts[si]! < b; si++) {
      const ms = this.sentence(re, si)
      for (let k = 0; k < ms.length; k += 2) {
        if (ms[k]! >= a && ms[k + 1]! <= b) { found = true; this.foundS = ms[k]!; this.foundE = ms[k + 1]! }
      }
    }
    return found
  }

  /** Last match of `re` lying inside [a, b), or null. */
  last(re: RegExp, a: number, b: number): [number, number] | null {
    return this.has(re, a, b) ? [this.foundS, this.foundE] : null
  }
}
