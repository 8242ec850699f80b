// Text → canonical matching form, with a map back to ORIGINAL offsets for every output char:
// NFKD with accents stripped, lower case, look-alikes folded to Latin, invisible characters
// removed, leet read inside words, spaced-out letters joined, letter runs squeezed ("diiie",
// "kill" → "die", "kil"). Lexicon patterns go through the same folding (pattern.ts), so
// "kill myself" matches all these spellings. Hot path: typed arrays and char codes only.
import { CONFUSABLES, EMOJI_WORDS, LEET, UNIT_TOKEN, isInvisible } from './char-maps'
import { textOf } from './code-units'
import { joinReflexives, spacedOut, unmask } from './normalise-passes'

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

// ASCII classes: 1 letter, 2 digit, 4 leet symbol (@ $ ! |).
const CLS = new Uint8Array(128)
for (let c = 97; c <= 122; c++) CLS[c] = 1
for (let c = 48; c <= 57; c++) CLS[c] = 2
for (const c of '@$!|') CLS[c.charCodeAt(0)] = 4
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
  grow(): void {
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
// The same shape, loosened: every SPACED_HINT match contains a match of this (each \S as a
// code unit or a surrogate pair; the edges as ASCII), which is far cheaper to look for (no
// /u) and rarely there, so it gates the full test. The left edge matters: without it the
// single-letter words of Spanish, French and Portuguese ("y a", "e o") let most posts through.
const SPACED_TAIL = /(?<![a-zA-Z0-9])[^\s][\udc00-\udfff]?[ .\-_*+/~]{1,3}[^\s][\udc00-\udfff]?[ .\-_*+/~]{1,3}[^\s](?![a-zA-Z0-9])/
const REFLEXIVE_HINT = /\ssel(?:f|ves)\b/i

// Pass 1's buffer and pass 4's output and offsets, reused by posts up to 16K characters
// (typed arrays per call cost a tenth of a short post's screening and, being off the V8 heap,
// bring garbage collections forward); later passes read them only below n.
const shared = new Buf(1 << 14)
let scratch = new Uint16Array(1 << 14)
let outStart = new Int32Array(1 << 14)
let outEnd = new Int32Array(1 << 14)

/** The canonical form of `input`, with offsets of its own (safe to keep). */
export function normalise(input: string): Normalised {
  const n = normaliseTransient(input)
  return { ...n, start: n.start.slice(), end: n.end.slice() }
}

/**
 * normalise() for screen(), which is done with the result before it normalises again: its
 * offsets are views into buffers that the next call overwrites.
 */
export function normaliseTransient(input: string): Normalised {
  const b = input.length + 16 <= 1 << 14 ? shared : new Buf(input.length + 16)
  let { codes, st, en } = b
  let n = 0
  // Pass 1: per code point folding; ASCII characters (most) without a call or a lookup.
  let lastWasL = false
  let prev = 0 // input.charCodeAt(i - 1)
  const size = input.length // read once: re-reading it each turn cost a few µs a long post
  for (let i = 0; i < size; ) {
    const c = input.charCodeAt(i)
    if (c < 128) {
      if (n === codes.length) { b.n = n; b.grow(); ({ codes, st, en } = b) }
      // A capital I inside a lower-case word is an l in disguise ("kiII" → "kill").
      lastWasL = c === 73 && ((prev >= 97 && prev <= 122) || (prev === 73 && lastWasL))
      codes[n] = lastWasL ? 108 : c >= 65 && c <= 90 ? c + 32 : c === 96 ? 39 : c
      st[n] = i
      en[n++] = ++i
      prev = c
      continue
    }
    const cp = input.codePointAt(i)!
    const len = cp > 0xffff ? 2 : 1
    if ((cp >= 0xd800 && cp <= 0xdfff) || isInvisible(cp)) {
      // Lone surrogates and invisible characters are dropped ("ki\u200bll" reads "kill").
    } else {
      const s = EMOJI_WORDS[cp] !== undefined ? ` ${EMOJI_WORDS[cp]} ` : foldCodePoint(cp)
      b.n = n
      for (let k = 0; k < s.length; k++) b.push(s.charCodeAt(k), i, i + len)
      ;({ codes, st, en, n } = b)
    }
    i += len
    prev = input.charCodeAt(i - 1)
  }
  b.n = n
  // Per canonical char, 1 when it was read as leet (allocated only when some char is).
  let leet: Uint8Array | null = null
  // Pass 2: leet inside tokens that contain letters ("k1ll", "$uicide"), not in numbers,
  // units ("20mg"), handles ("@sam") or trailing punctuation ("die!"). Only tokens holding a
  // leet character are looked at: the scan stops at those characters (few), and each such
  // token is taken whole, once, from its start.
  for (let at = 0; at < n; at++) {
    const c0 = codes[at]!
    if (c0 >= 128 || LEET_CODE[c0]! < 0) continue
    let i = at
    while (i > 0 && isTok(codes[i - 1]!)) i--
    let j = i
    let letters = 0
    let leets = 0
    while (j < n && isTok(codes[j]!)) {
      const k = cls(codes[j]!)
      if (k === 1) letters++
      else if (LEET_CODE[codes[j]!]! >= 0) leets++
      j++
    }
    at = j - 1
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
        ;(leet ??= new Uint8Array(n))[k] = 1
      }
    }
  }
  if (input.includes('*')) unmask(codes, n, (k) => { (leet ??= new Uint8Array(n))[k] = 1 })
  // Pass 3: spaced-out single letters ("k i l l  m y s e l f", "s.u.i.c.i.d.e", "k-y-s").
  // Skipped unless three single letters in a row occur somewhere (most posts).
  const joined: Array<[number, number]> = []
  const drop = SPACED_TAIL.test(input) && SPACED_HINT.test(input) ? spacedOut(codes, n, joined) : null
  // Pass 4: output with squeezing of repeated letters (same origin kind only: "ki11" keeps "kil").
  if (scratch.length < n + 8) {
    scratch = new Uint16Array(n + 8)
    outStart = new Int32Array(n + 8)
    outEnd = new Int32Array(n + 8)
  }
  const out = scratch
  const S = outStart
  const E = outEnd
  // Canonical index of each pass-1 char, needed only to map joined runs.
  const remap = joined.length > 0 ? new Int32Array(n + 1) : null
  let m = 0
  if (drop === null && leet === null && remap === null) {
    // The usual post: nothing dropped or read as leet; only squeezing.
    // The last output char kept in a local rather than read back from `out` (faster).
    for (let i = 0, last = -1; i < n; i++) {
      const c = codes[i]!
      if (c === last && c >= 97 && c <= 122) { E[m - 1] = en[i]!; continue }
      out[m] = last = c
      S[m] = st[i]!
      E[m++] = en[i]!
    }
  } else {
    let lastLeet = 0
    for (let i = 0; i < n; i++) {
      if (remap) remap[i] = m
      const d = drop ? drop[i]! : 0
      if (d === 1) continue
      const c = d === 2 ? 32 : codes[i]!
      const l = leet ? leet[i]! : 0
      if (m > 0 && isLetter(c) && out[m - 1] === c && l === lastLeet) {
        E[m - 1] = en[i]!
        continue
      }
      lastLeet = l
      out[m] = c
      S[m] = st[i]!
      E[m] = en[i]!
      m++
    }
    if (remap) remap[n] = m
  }
  if (REFLEXIVE_HINT.test(input)) {
    out.fill(0, m, m + 8) // joinReflexives looks a few chars past the end (stale from earlier posts)
    m = joinReflexives(out, S, E, m, remap)
  }
  const text = textOf(out, m)
  return {
    text,
    start: S.subarray(0, m),
    end: E.subarray(0, m),
    joined: remap ? joined.map(([a, z]) => [remap[a]!, remap[z]!] as [number, number]) : [],
  }
}

/** Canonical [s, e) → original [start, end). */
export function toOriginal(n: Normalised, s: number, e: number): [number, number] {
  if (n.text.length === 0) return [0, 0]
  const a = Math.min(Math.max(s, 0), n.text.length - 1)
  const z = Math.min(Math.max(e - 1, a), n.text.length - 1)
  return [n.start[a]!, n.end[z]!]
}
