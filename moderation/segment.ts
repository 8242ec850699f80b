// Sentences, clauses, quotations and tokens of the canonical text, in one hand-written pass
// (no regex, no per-token allocation). Context rules (negation, past, third person, quotes)
// look only inside these windows, so a "not" in one sentence never cancels a risk statement
// in the next.

// Contrastive connectives in the five languages split a sentence into parts:
// "I used to want to die, but now ..." separates the past from the present.
const CONTRAST = new Set([
  'but', 'though', 'although', 'however', 'nowadays', 'pero', 'aunque', 'sino', 'ahora', 'mais',
  'cependant', 'pourtant', 'maintenant', 'aber', 'doch', 'jedoch', 'sondern', 'jetzt', 'porem',
  'contudo', 'entretanto', 'agora',
])

export interface Segments {
  text: string
  sentStarts: number[]
  /** Sentence pieces split only at contrastive connectives. */
  partStarts: number[]
  /** Parts further split at , ; : ( ) and " - ". */
  clauseStarts: number[]
  quotes: Array<[number, number]>
  /** Word tokens [a-z0-9]+ as flat pairs: start0, end0, start1, end1, ... (the first ntok
   * pairs; the buffer is shared, and the next segment() call overwrites it) */
  tok: Int32Array
  ntok: number
}

const isWord = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57)

// First two letters of the connectives: most words are ruled out without a slice and a lookup.
const CONTRAST_HEADS = new Uint8Array(26 * 26)
for (const w of CONTRAST) CONTRAST_HEADS[(w.charCodeAt(0) - 97) * 26 + w.charCodeAt(1) - 97] = 1
const mayBeContrast = (text: string, i: number, j: number) => {
  if (j - i < 3 || j - i > 11) return false
  const a = text.charCodeAt(i) - 97
  const b = text.charCodeAt(i + 1) - 97
  return a >= 0 && a < 26 && b >= 0 && b < 26 && CONTRAST_HEADS[a * 26 + b] === 1 && CONTRAST.has(text.slice(i, j))
}

// Token pairs, reused across calls (segment() runs once per screen, which is done with it
// before the next): a typed array per post lives off the V8 heap and brings collections forward.
let tokBuf = new Int32Array(1 << 12)

export function segment(text: string): Segments {
  const n = text.length
  const sentStarts = [0]
  const partStarts = [0]
  const clauseStarts = [0]
  const quotes: Array<[number, number]> = []
  if (tokBuf.length < 2 * (n >> 1) + 2) tokBuf = new Int32Array(2 * (n >> 1) + 2)
  const tok = tokBuf
  let ntok = 0
  let dq = -1
  let sq = -1
  const newSentence = (at: number) => {
    if (at > sentStarts[sentStarts.length - 1]!) {
      sentStarts.push(at)
      partStarts.push(at)
      clauseStarts.push(at)
    }
  }
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i)
    if (isWord(c)) {
      let j = i + 1
      while (j < n && isWord(text.charCodeAt(j))) j++
      tok[2 * ntok] = i
      tok[2 * ntok + 1] = j
      ntok++
      if (mayBeContrast(text, i, j)) {
        if (i > partStarts[partStarts.length - 1]!) partStarts.push(i)
        if (i > clauseStarts[clauseStarts.length - 1]!) clauseStarts.push(i)
      }
      i = j
      continue
    }
    if (c === 46 || c === 33 || c === 63) {
      // . ! ? end a sentence when followed by space, quote, bracket or the end.
      let j = i + 1
      while (j < n && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63)) j++
      const next = text.charCodeAt(j)
      if (j >= n || next === 32 || next === 10 || next === 34 || next === 39 || next === 41 || next === 9) newSentence(j)
      i = j
      continue
    }
    if (c === 10) { newSentence(i + 1); i++; continue }
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41) {
      if (i + 1 > clauseStarts[clauseStarts.length - 1]!) clauseStarts.push(i + 1)
    } else if (c === 45 && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) {
      clauseStarts.push(i + 1)
    } else if (c === 34) {
      if (dq < 0) dq = i
      else { quotes.push([dq, i + 1]); dq = -1 }
    } else if (c === 39) {
      // A single quote opens after a non-letter and closes before one (not an apostrophe).
      const before = i > 0 ? text.charCodeAt(i - 1) : 32
      const after = i + 1 < n ? text.charCodeAt(i + 1) : 32
      if (sq < 0 && !isWord(before) && isWord(after)) sq = i
      else if (sq >= 0 && isWord(before) && !isWord(after)) { quotes.push([sq, i + 1]); sq = -1 }
    }
    i++
  }
  return { text, sentStarts, partStarts, clauseStarts, quotes, tok, ntok }
}

/** Index of the last start ≤ pos. */
function floorIndex(starts: number[], pos: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= pos) lo = mid
    else hi = mid - 1
  }
  return lo
}

export function sentenceIndex(seg: Segments, pos: number): number {
  return floorIndex(seg.sentStarts, pos)
}

export function sentenceRange(seg: Segments, pos: number, extraBefore = 0, extraAfter = 0): [number, number] {
  const i = floorIndex(seg.sentStarts, pos)
  const a = seg.sentStarts[Math.max(0, i - extraBefore)]!
  const b = seg.sentStarts[i + 1 + extraAfter] ?? seg.text.length
  return [a, b]
}

export function clauseStart(seg: Segments, pos: number): number {
  return seg.clauseStarts[floorIndex(seg.clauseStarts, pos)]!
}

export function partRange(seg: Segments, pos: number): [number, number] {
  const i = floorIndex(seg.partStarts, pos)
  return [seg.partStarts[i]!, seg.partStarts[i + 1] ?? seg.text.length]
}

export function quoteAround(seg: Segments, s: number, e: number): [number, number] | null {
  for (const q of seg.quotes) if (q[0] <= s && e <= q[1]) return q
  return null
}

/** Start of the window holding the last `n` tokens before `pos`, not crossing `floor`. */
export function tokensBack(seg: Segments, pos: number, n: number, floor: number): number {
  let lo = 0
  let hi = seg.ntok
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (seg.tok[2 * mid]! < pos) lo = mid + 1
    else hi = mid
  }
  const k = Math.max(0, lo - n)
  const start = k < seg.ntok ? seg.tok[2 * k]! : pos
  return Math.max(Math.min(start, pos), floor)
}
