// Per-screen cache of context-pattern matches, computed once per (pattern, sentence) and
// reused by every lexicon match that asks. Windows never cut words: a match counts only if
// it lies wholly inside the window, so "cannot" never yields a "not".
import { mayMatch } from './grams'
import type { Segments } from './segment'

export class Scan {
  private readonly cache = new Map<RegExp, Array<Array<[number, number]> | undefined>>()
  private readonly sentText: Array<string | undefined> = []
  constructor(readonly seg: Segments) {}

  private sentence(re: RegExp, si: number): Array<[number, number]> {
    let per = this.cache.get(re)
    if (!per) this.cache.set(re, (per = []))
    const hit = per[si]
    if (hit) return hit
    if (!mayMatch(re, this.seg.text, si)) return (per[si] = [])
    const { sentStarts, text } = this.seg
    const a = sentStarts[si]!
    const s = (this.sentText[si] ??= text.slice(a, sentStarts[si + 1] ?? text.length))
    const found: Array<[number, number]> = []
    re.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = re.exec(s)) !== null) {
      if (m[0].length === 0) { re.lastIndex++; continue }
      found.push([a + m.index, a + m.index + m[0].length])
    }
    per[si] = found
    return found
  }

  /** Last match of `re` lying inside [a, b), or null. */
  last(re: RegExp, a: number, b: number): [number, number] | null {
    if (b <= a) return null
    const starts = this.seg.sentStarts
    let si = 0
    while (si + 1 < starts.length && starts[si + 1]! <= a) si++
    let best: [number, number] | null = null
    for (; si < starts.length && starts[si]! < b; si++) {
      for (const m of this.sentence(re, si)) if (m[0] >= a && m[1] <= b) best = m
    }
    return best
  }

  has(re: RegExp, a: number, b: number): boolean {
    return this.last(re, a, b) !== null
  }
}
