// Cheap necessary-substring tests for the prefilter in bank.ts. Filter strings (second keys
// and necessary literals) are interned once, and so are clauses (sets of strings, one of which
// must occur); each post's n-grams are stamped once, per sentence. A string "may occur" in a
// sentence when all its n-grams do. Necessary, not sufficient (the regex decides): a false
// "yes" costs one regex run, a "no" is always right.
// Per string its 2-gram (two-character strings), its 3-gram (three) or its 4-grams (longer);
// 3- and 4-grams share one hashed table. Only grams of a-z/0-9 are stamped (a string's other
// characters split it into pieces, whose grams are all necessary, so a subset is sound), and
// 'l' is read as 'i' (as keys are), so nothing that occurs is missed.

import type { Segments } from './segment'

const GV = new Uint8Array(128)
for (let c = 97; c <= 122; c++) GV[c] = c === 108 ? 9 : c - 96
for (let c = 48; c <= 57; c++) GV[c] = c - 21
const gv = (c: number) => (c < 128 ? GV[c]! : 0)
const G3 = 37 * 37
const HASH = 16383 // 2^14 - 1: a mask; collisions only let more through
const H3 = (a: number, b: number, c: number) => G3 + (((a * 37 + b) * 37 + c) & HASH)
const H4 = (a: number, b: number, c: number, d: number) => G3 + ((Math.imul(((a * 37 + b) * 37 + c) * 37 + d, 40503) >>> 9) & HASH)

/** The clause string that stands for "some digit": every digit of a sentence stamps its slot. */
export const DIGIT = '\\d'
const DIGIT_SLOT = G3 + HASH + 1

const CLAUSE_ID = new Map<string, number>()
// Flat storage, so that checking a clause touches one array (few cache misses) rather than an
// object per clause: a clause's id is its offset in CLAUSES, where it holds the generation
// (post) its sentence mask was computed for and that mask (on first use per post), its
// length, and then, per string, its gram count and grams.
let CLAUSES = new Int32Array(1 << 14)
let used = 0

/** A grown copy of `a` holding at least `n` values. */
function grown(a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> {
  if (n <= a.length) return a
  const b = new Int32Array(Math.max(n, a.length * 2))
  b.set(a)
  return b
}

/** Per piece of a string (its runs of a-z/0-9), the 2-gram, 3-gram, or for longer ones the
 * first, middle and last 4-grams: enough to reject almost every absent string in few reads
 * (any subset of its grams is sound). */
function gramsOf(k: string): number[] {
  if (k === DIGIT) return [DIGIT_SLOT]
  return [...new Set(k.split(/[^a-z0-9]+/).flatMap((p) => {
    const v = Array.from(p, (ch) => gv(ch.charCodeAt(0)))
    if (v.length < 3) return v.length === 2 ? [v[0]! * 37 + v[1]!] : []
    if (v.length === 3) return [H3(v[0]!, v[1]!, v[2]!)]
    const at = (i: number) => H4(v[i]!, v[i + 1]!, v[i + 2]!, v[i + 3]!)
    return [at(0), at((v.length - 4) >> 1), at(v.length - 4)]
  }))]
}

/** Id of a clause (one of its strings must occur), registering its grams on first sight. */
export function internClause(strings: string[]): number {
  const sig = strings.join('\u0000')
  let id = CLAUSE_ID.get(sig)
  if (id === undefined) {
    id = used
    CLAUSE_ID.set(sig, id)
    const body = strings.flatMap((k) => { const g = gramsOf(k); return [g.length, ...g] })
    CLAUSES = grown(CLAUSES, used + 3 + body.length)
    CLAUSES[used + 2] = body.length
    CLAUSES.set(body, used + 3)
    used += 3 + body.length
  }
  return id
}

// The patterns scan.ts runs (context words, laughs), by id, which callers hold (bank.ts Ctx).
// Per pattern, its necessary literals (scan.ts skips sentences that cannot hold a match): per
// alternative of the pattern, its clauses; and the sentences of the stamped post where some
// alternative has all of its clauses (generation = post).
export const PATTERNS: RegExp[] = []
const PREFILTERS: number[][][] = []
const maskGen: number[] = []
const masks: number[] = []

/** Registers a pattern for Scan with, per alternative, its clauses; returns its id. */
export function scanPattern(re: RegExp, alts: string[][][] = []): number {
  // An alternative without literals may match anywhere: then no prefilter.
  PREFILTERS.push(alts.every((cl) => cl.length > 0) ? alts.map((cl) => cl.map(internClause)) : [])
  return PATTERNS.push(re) - 1
}

/** Whether pattern `id` may match in sentence `s` of `text` (true unless `text` is the post
 * stamped last and each alternative of the pattern misses a necessary literal there). */
export function mayMatch(id: number, text: string, s: number): boolean {
  const alts = PREFILTERS[id]!
  if (alts.length === 0 || text !== stamped) return true
  if (maskGen[id] !== generation) {
    // A bit stands for every sentence with that s % 31: set where a clause may occur in any of
    // them, so the AND per alternative and the OR over alternatives stay necessary. Clauses
    // come strongest first (compile.ts): most alternatives stop at their first.
    let m = 0
    for (const cl of alts) {
      let a = -1
      for (const c of cl) if ((a &= clauseIn(c)) === 0) break
      m |= a
    }
    maskGen[id] = generation
    masks[id] = m
  }
  return (masks[id]! & (1 << (s % 31))) !== 0
}

// Per gram, the sentences of the current post holding it (bit s % 31; bit 31 for any
// sentence); cleared per post (a 70 KB fill is cheaper than a generation check per read).
const gramSent = new Int32Array(DIGIT_SLOT + 1)
let generation = 0
let stamped = ''

/** Stamps the n-grams of the post's words (a-z/0-9 runs, none spanning sentences) as the
 * current post's: walking the tokens skips every other character. */
export function stampGrams(seg: Segments): void {
  const { text, sentStarts, tok, ntok } = seg
  generation++
  stamped = text
  gramSent.fill(0)
  let si = 0
  let bit = 1 | (1 << 31)
  for (let t = 0; t < ntok; t++) {
    const a = tok[2 * t]!
    if (si + 1 < sentStarts.length && sentStarts[si + 1]! <= a) {
      do si++
      while (si + 1 < sentStarts.length && sentStarts[si + 1]! <= a)
      bit = (1 << (si % 31)) | (1 << 31)
    }
    let v0 = 0
    let v1 = 0
    let v2 = 0
    for (let i = a, end = tok[2 * t + 1]!; i < end; i++) {
      const v3 = gv(text.charCodeAt(i))
      if (v3 >= 27) gramSent[DIGIT_SLOT] = gramSent[DIGIT_SLOT]! | bit
      // Characters of the word so far: i - a (up to 3 matter).
      if (i > a) {
        let g = v2 * 37 + v3
        gramSent[g] = gramSent[g]! | bit
        if (i > a + 1) {
          g = H3(v1, v2, v3)
          gramSent[g] = gramSent[g]! | bit
          if (i > a + 2) {
            g = H4(v0, v1, v2, v3)
            gramSent[g] = gramSent[g]! | bit
          }
        }
      }
      v0 = v1
      v1 = v2
      v2 = v3
    }
  }
}

/** Sentences of the current post (bits as above) where some string of clause `c` may occur. */
export function clauseIn(c: number): number {
  const g = CLAUSES
  if (g[c] === generation) return g[c + 1]!
  const stop = c + 3 + g[c + 2]!
  let any = 0
  for (let j = c + 3; j < stop; ) {
    const end = j + 1 + g[j]!
    let m = -1
    for (let k = j + 1; k < end && m !== 0; k++) m &= gramSent[g[k]!]!
    any |= m
    j = end
  }
  g[c] = generation
  return (g[c + 1] = any)
}
