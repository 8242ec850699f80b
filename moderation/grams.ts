// Cheap necessary-substring tests for the prefilter in bank.ts. Filter strings (second keys
// and necessary literals) are interned once, and so are clauses (sets of strings, one of which
// must occur); each post's n-grams are stamped once, per sentence. A string "may occur" in a
// sentence when all its n-grams do. Necessary, not sufficient (the regex decides): a false
// "yes" costs one regex run, a "no" is always right.
// Per string its 2-gram (two-character strings), its 3-gram (three) or its 4-grams (longer);
// 3- and 4-grams share one hashed table. Characters other than a-z/0-9 share one code on
// both sides and 'l' is read as 'i' (as keys are), so nothing that occurs is missed.

const GV = new Uint8Array(128)
for (let c = 97; c <= 122; c++) GV[c] = c === 108 ? 9 : c - 96
for (let c = 48; c <= 57; c++) GV[c] = c - 21
const gv = (c: number) => (c < 128 ? GV[c]! : 0)
const G3 = 37 * 37
const HASH = 16383 // 2^14 - 1: a mask; collisions only let more through
const H3 = (a: number, b: number, c: number) => G3 + (((a * 37 + b) * 37 + c) & HASH)
const H4 = (a: number, b: number, c: number, d: number) => G3 + ((Math.imul(((a * 37 + b) * 37 + c) * 37 + d, 40503) >>> 9) & HASH)

const STR_ID = new Map<string, number>()
const STR_GRAMS: Int32Array[] = []
const CLAUSE_ID = new Map<string, number>()
const CLAUSE_STRS: Int32Array[] = []

function internString(k: string): number {
  let id = STR_ID.get(k)
  if (id === undefined) {
    id = STR_GRAMS.length
    STR_ID.set(k, id)
    const v = Array.from(k, (ch) => gv(ch.charCodeAt(0)))
    const g: number[] = []
    if (v.length === 2) g.push(v[0]! * 37 + v[1]!)
    else if (v.length === 3) g.push(H3(v[0]!, v[1]!, v[2]!))
    else for (let i = 0; i + 4 <= v.length; i++) g.push(H4(v[i]!, v[i + 1]!, v[i + 2]!, v[i + 3]!))
    STR_GRAMS.push(Int32Array.from(new Set(g)))
  }
  return id
}

/** Id of a clause (one of its strings must occur), registering its strings on first sight. */
export function internClause(strings: string[]): number {
  const sig = strings.join('\u0000')
  let id = CLAUSE_ID.get(sig)
  if (id === undefined) {
    id = CLAUSE_STRS.length
    CLAUSE_ID.set(sig, id)
    CLAUSE_STRS.push(Int32Array.from(strings, internString))
  }
  return id
}

// Per gram, the sentences of the current post holding it (bit s % 31; bit 31 for any
// sentence); cleared per post (a 70 KB fill is cheaper than a generation check per read).
const gramSent = new Int32Array(G3 + HASH + 1)
let generation = 0
// Per clause, its sentence mask for the post (generation = post), computed on first use.
let clauseGen = new Int32Array(0)
let clauseMask = new Int32Array(0)

/** Stamps the n-grams of `text` (grams never span sentences) as the current post's. */
export function stampGrams(text: string, sentStarts: number[]): void {
  generation++
  gramSent.fill(0)
  let si = 0
  let next = sentStarts[1] ?? Infinity
  let bit = 1 | (1 << 31)
  let have = 0 // characters of the current sentence seen so far (up to 3 matter)
  let v0 = 0
  let v1 = 0
  let v2 = 0
  const n = text.length
  for (let i = 0; i < n; i++) {
    if (i >= next) {
      while (i >= (sentStarts[si + 1] ?? Infinity)) si++
      next = sentStarts[si + 1] ?? Infinity
      bit = (1 << (si % 31)) | (1 << 31)
      have = 0
    }
    const v3 = gv(text.charCodeAt(i))
    if (have >= 1) {
      let g = v2 * 37 + v3
      gramSent[g] = gramSent[g]! | bit
      if (have >= 2) {
        g = H3(v1, v2, v3)
        gramSent[g] = gramSent[g]! | bit
        if (have >= 3) {
          g = H4(v0, v1, v2, v3)
          gramSent[g] = gramSent[g]! | bit
        }
      }
    }
    have++
    v0 = v1
    v1 = v2
    v2 = v3
  }
}

/** Sentences of the current post (bits as above) where some string of clause `c` may occur. */
export function clauseIn(c: number): number {
  if (clauseGen.length !== CLAUSE_STRS.length) {
    const gens = new Int32Array(CLAUSE_STRS.length)
    gens.set(clauseGen.subarray(0, Math.min(clauseGen.length, gens.length)))
    const masks = new Int32Array(CLAUSE_STRS.length)
    masks.set(clauseMask.subarray(0, Math.min(clauseMask.length, masks.length)))
    clauseGen = gens
    clauseMask = masks
  }
  if (clauseGen[c] === generation) return clauseMask[c]!
  const strs = CLAUSE_STRS[c]!
  let any = 0
  for (let j = 0; j < strs.length; j++) {
    const g = STR_GRAMS[strs[j]!]!
    let m = -1
    for (let k = 0; k < g.length && m !== 0; k++) m &= gramSent[g[k]!]!
    any |= m
  }
  clauseGen[c] = generation
  clauseMask[c] = any
  return any
}
