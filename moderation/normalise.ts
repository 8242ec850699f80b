// Text → canonical matching form, with a map back to ORIGINAL offsets for every output char:
// NFKD with accents stripped, lower case, look-alikes folded to Latin, invisible characters
// removed, leet read inside words, spaced-out letters joined, letter runs squeezed ("diiie",
// "kill" → "die", "kil"). Lexicon patterns go through the same folding (pattern.ts), so
// "kill myself" matches all these spellings. Hot path: typed arrays and char codes only.
import { CONFUSABLES, EMOJI_WORDS, LEET, UNIT_TOKEN, isInvisible } from './char-maps'

export interface Normalised {
  text: string
  /** Original start offset (UTF-16) of each canonical char. */
  start: Int32Array
  /** Original end offset (exclusive) of each canonical char. */
  end: Int32Array
  /** Canonical ranges that were spaced-out letters joined together (matched more loosely). */
  joined: Array<[number, number]>
}

// Memo for non-ASCII code points (NFKD, marks stripped, lower case, confusables). Bounded.
const memo = new Map<number, string>()
const MARK = /\p{M}/u

function foldCodePoint(cp: number): string {
  const hit = memo.get(cp)
  if (hit !== undefined) return hit
  let out = ''
  for (const ch of String.fromCodePoint(cp).normalize('NFKD')) {
    if (MARK.test(ch)) continue
    for (const c of ch.toLowerCase()) out += CONFUSABLES[c] ?? c
  }
  if (memo.size < 4096) memo.set(cp, out)
  return out
}

// ASCII classes: 1 letter, 2 digit, 4 leet symbol (@ $ ! |), 8 separator for spaced letters.
const CLS = new Uint8Array(128)
for (let c = 97; c <= 122; c++) CLS[c] = 1
for (let c = 48; c <= 57; c++) CLS[c] = 2
for (const c of '@$!|') CLS[c.charCodeAt(0)] = 4
for (const c of ' .-_*+/~') CLS[c.charCodeAt(0)] = (CLS[c.charCodeAt(0)] ?? 0) | 8
const LEET_CODE = new Int32Array(128).fill(-1)
for (const [k, v] of Object.entries(LEET)) LEET_CODE[k.charCodeAt(0)] = v.charCodeAt(0)
const cls = (c: number) => (c < 128 ? CLS[c]! : 0)
const isLetter = (c: number) => c >= 97 && c <= 122
const isTok = (c: number) => (cls(c) & 7) !== 0

class Buf {
  codes: Uint16Array
  st: Int32Array
  en: Int32Array
  n = 0
  constructor(cap: number) {
    this.codes = new Uint16Array(cap)
    this.st = new Int32Array(cap)
    this.en = new Int32Array(cap)
  }
  push(c: number, a: number, b: number): void {
    if (this.n === this.codes.length) this.grow()
    this.codes[this.n] = c
    this.st[this.n] = a
    this.en[this.n] = b
    this.n++
  }
  private grow(): void {
    const cap = this.codes.length * 2 + 16
    const codes = new Uint16Array(cap)
    const st = new Int32Array(cap)
    const en = new Int32Array(cap)
    codes.set(this.codes)
    st.set(this.st)
    en.set(this.en)
    this.codes = codes
    this.st = st
    this.en = en
  }
}

// Cheap tests on the raw input that let most posts skip whole passes.
const SPACED_HINT = /(?:^|[^\p{L}\p{N}])\S[ .\-_*+/~]{1,3}\S[ .\-_*+/~]{1,3}\S(?:[^\p{L}\p{N}]|$)/u
// Its tail: every SPACED_HINT match contains a match of this, which is ~7× cheaper to look for
// (no test per start position) and rarely there, so it gates the full test.
const SPACED_TAIL = /[ .\-_*+/~]{1,3}\S[ .\-_*+/~]{1,3}\S(?![\p{L}\p{N}])/u
const REFLEXIVE_HINT = /\s+sel(?:f|ves)\b/i

// Pass 1's buffer, reused by posts up to 16K characters (three typed arrays per call cost a
// tenth of a short post's screening); later passes read it only below b.n.
const shared = new Buf(1 << 14)

export function normalise(input: string): Normalised {
  const b = input.length + 16 <= 1 << 14 ? shared : new Buf(input.length + 16)
  b.n = 0
  // Pass 1: per code point folding; ASCII characters (most) without a call or a lookup.
  let lastWasL = false
  for (let i = 0; i < input.length; ) {
    const c = input.charCodeAt(i)
    if (c < 128) {
      // A capital I inside a lower-case word is an l in disguise ("kiII" → "kill").
      const prev = i > 0 ? input.charCodeAt(i - 1) : 0
      const disguisedL: boolean = c === 73 && ((prev >= 97 && prev <= 122) || (prev === 73 && lastWasL))
      lastWasL = disguisedL
      b.push(disguisedL ? 108 : c >= 65 && c <= 90 ? c + 32 : c === 96 ? 39 : c, i, i + 1)
      i++
      continue
    }
    const cp = input.codePointAt(i)!
    const len = cp > 0xffff ? 2 : 1
    if ((cp >= 0xd800 && cp <= 0xdfff) || isInvisible(cp)) {
      // Lone surrogates and invisible characters are dropped ("ki\u200bll" reads "kill").
    } else {
      const s = EMOJI_WORDS[cp] !== undefined ? ` ${EMOJI_WORDS[cp]} ` : foldCodePoint(cp)
      for (let k = 0; k < s.length; k++) b.push(s.charCodeAt(k), i, i + len)
    }
    i += len
  }
  const { codes, st, en } = b
  const n = b.n
  const leet = new Uint8Array(n)
  // Pass 2: leet inside tokens that contain letters ("k1ll", "$uicide"), not in numbers,
  // units ("20mg"), handles ("@sam") or trailing punctuation ("die!").
  for (let i = 0; i < n; ) {
    if (!isTok(codes[i]!)) { i++; continue }
    let j = i
    let letters = 0
    let leets = 0
    while (j < n && isTok(codes[j]!)) {
      const k = cls(codes[j]!)
      if (k === 1) letters++
      else if (LEET_CODE[codes[j]!]! >= 0) leets++
      j++
    }
    if (letters > 0 && leets > 0 && codes[i] !== 64 && !UNIT_TOKEN.test(String.fromCharCode(...codes.subarray(i, j)))) {
      const orig = codes.slice(i, j)
      const leetable = (c: number | undefined) => c !== undefined && (isLetter(c) || (c < 128 && LEET_CODE[c]! >= 0))
      for (let k = i; k < j; k++) {
        const c = codes[k]!
        if (isLetter(c) || LEET_CODE[c]! < 0) continue
        const prevL = k > i && leetable(orig[k - i - 1])
        const nextL = k + 1 < j && leetable(orig[k - i + 1])
        // "!", "|", "@" only count between letters; "$" only before one.
        if ((c === 33 || c === 124 || c === 64) && !(prevL && nextL)) continue
        if (c === 36 && !nextL) continue
        if (!prevL && !nextL) continue
        // "11" inside a word is "ll" (ki11, pi11s); a single 1 is "i" (su1c1de).
        const pair = c === 49 && (orig[k - i + 1] === 49 || orig[k - i - 1] === 49)
        codes[k] = pair ? 108 : LEET_CODE[c]!
        leet[k] = 1
      }
    }
    i = j
  }
  // Pass 3: spaced-out single letters ("k i l l  m y s e l f", "s.u.i.c.i.d.e", "k-y-s").
  // Skipped unless three single letters in a row occur somewhere (most posts).
  const drop = new Uint8Array(n) // 1 = drop, 2 = replace gap by a single space
  const joined: Array<[number, number]> = []
  const spaced = SPACED_TAIL.test(input) && SPACED_HINT.test(input)
  const single = (k: number) =>
    isLetter(codes[k]!) && (k === 0 || !isLetter(codes[k - 1]!)) && (k + 1 >= n || !isLetter(codes[k + 1]!))
  for (let i = 0; spaced && i < n; i++) {
    if (!isLetter(codes[i]!) || !single(i)) continue
    let count = 1
    let k = i
    let gapsTight = true
    for (;;) {
      let g = k + 1
      while (g < n && g - k <= 3 && (cls(codes[g]!) & 8) !== 0) g++
      if (g === k + 1 || g - k > 3 || g >= n || !single(g)) break
      if (g - k !== 2) gapsTight = false
      count++
      k = g
    }
    if (count >= 4 || (count === 3 && gapsTight)) {
      for (let p = i; p < k; p++) {
        if (isLetter(codes[p]!)) continue
        drop[p] = 1
      }
      // A wider gap (two spaces, " / ") marks a word break inside the run.
      for (let p = i + 1; p < k; ) {
        if (drop[p] !== 1) { p++; continue }
        let q = p
        let slash = false
        while (q < k && drop[q] === 1) { if (codes[q] === 47) slash = true; q++ }
        if (q - p >= 2 || slash) drop[p] = 2
        p = q
      }
      joined.push([i, k + 1])
    }
    i = k
  }
  // Pass 4: output with squeezing of repeated letters (same origin kind only: "ki11" keeps "kil").
  const out = new Uint16Array(n)
  const S = new Int32Array(n)
  const E = new Int32Array(n)
  const remap = new Int32Array(n + 1)
  let m = 0
  let lastLeet = 0
  for (let i = 0; i < n; i++) {
    remap[i] = m
    if (drop[i] === 1) continue
    const c = drop[i] === 2 ? 32 : codes[i]!
    if (m > 0 && isLetter(c) && out[m - 1] === c && leet[i] === lastLeet) {
      E[m - 1] = en[i]!
      continue
    }
    lastLeet = leet[i]!
    out[m] = c
    S[m] = st[i]!
    E[m] = en[i]!
    m++
  }
  remap[n] = m
  if (REFLEXIVE_HINT.test(input)) m = joinReflexives(out, S, E, m, remap)
  let text = ''
  for (let i = 0; i < m; i += 8192) text += String.fromCharCode.apply(null, out.subarray(i, Math.min(m, i + 8192)) as unknown as number[])
  return {
    text,
    start: S.subarray(0, m),
    end: E.subarray(0, m),
    joined: joined.map(([a, z]) => [remap[a]!, remap[z]!] as [number, number]),
  }
}

const REFLEXIVE_HEADS = new Set(['my', 'him', 'her', 'your', 'ur', 'them', 'it', 'our', 'thy'])

/** "my self" → "myself" (and him/her/your/them), so lexicons keep reflexives as one word. */
function joinReflexives(out: Uint16Array, S: Int32Array, E: Int32Array, m: number, remap: Int32Array): number {
  let w = 0
  let changed = false
  for (let r = 0; r < m; r++) {
    if (out[r] === 32 && out[r + 1] === 115 && out[r + 2] === 101 && out[r + 3] === 108) {
      // " sel" — check the word before and that "self"/"selves" follows.
      const tail = out[r + 4] === 102 ? r + 5 : out[r + 4] === 118 && out[r + 5] === 101 && out[r + 6] === 115 ? r + 7 : -1
      let h = r
      while (h > 0 && isLetter(out[h - 1]!)) h--
      if (tail > 0 && !isLetter(out[tail] ?? 32) && r - h <= 4 && REFLEXIVE_HEADS.has(String.fromCharCode(...out.subarray(h, r)))) {
        changed = true
        continue
      }
    }
    if (changed) { out[w] = out[r]!; S[w] = S[r]!; E[w] = E[r]! }
    w++
  }
  if (changed) for (let i = 0; i < remap.length; i++) remap[i] = Math.min(remap[i]!, w)
  return w
}

/** Canonical [s, e) → original [start, end). */
export function toOriginal(n: Normalised, s: number, e: number): [number, number] {
  if (n.text.length === 0) return [0, 0]
  const a = Math.min(Math.max(s, 0), n.text.length - 1)
  const z = Math.min(Math.max(e - 1, a), n.text.length - 1)
  return [n.start[a]!, n.end[z]!]
}
