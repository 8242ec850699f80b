// Cheap necessary-substring tests for the prefilter in bank.ts. Filter strings (second keys
// and necessary literals) are interned once; each post's n-grams are stamped once per post,
// per sentence; a string "may occur" in a sentence when all its n-grams do. Necessary, not
// sufficient (the regex decides): a false "yes" costs one regex run, a "no" is always right.
// Per string its 2-gram (two-character strings), its 3-gram (three) or its 4-grams (longer);
// 3- and 4-grams share one hashed table. Characters other than a-z/0-9 share one code on
// both sides and 'l' is read as 'i' (as keys are), so nothing that occurs is missed.

const LIT_ID = new Map<string, number>()
const LIT_GRAMS: Int32Array[] = []
const gv = (c: number) => (c >= 97 && c <= 122 ? (c === 108 ? 9 : c - 96) : c >= 48 && c <= 57 ? c - 21 : 0)
const G2 = 0
const G3 = 37 * 37
const HASH = 16381 // prime; collisions only let more through
const H3 = (a: number, b: number, c: number) => G3 + ((a * 37 + b) * 37 + c) % HASH
const H4 = (a: number, b: number, c: number, d: number) => G3 + ((((a * 37 + b) * 37 + c) * 37 + d) * 40503 >>> 0) % HASH

/** Id of a filter string (l read as i), registering its n-grams on first sight. */
export function intern(k: string): number {
  let id = LIT_ID.get(k)
  if (id === undefined) {
    id = LIT_GRAMS.length
    LIT_ID.set(k, id)
    const v = Array.from(k, (ch) => gv(ch.charCodeAt(0)))
    const g: number[] = []
    if (v.length === 2) g.push(G2 + v[0]! * 37 + v[1]!)
    else if (v.length === 3) g.push(H3(v[0]!, v[1]!, v[2]!))
    else for (let i = 0; i + 4 <= v.length; i++) g.push(H4(v[i]!, v[i + 1]!, v[i + 2]!, v[i + 3]!))
    LIT_GRAMS.push(Int32Array.from(new Set(g)))
  }
  return id
}

// Per gram: the post (generation) that last stamped it, and the sentences holding it (bit
// s % 31; bit 31 for any sentence). Stamping by generation means nothing is cleared per post.
const gramGen = new Int32Array(G3 + HASH)
const gramSent = new Int32Array(G3 + HASH)
let generation = 0

/** Stamps the n-grams of `text` (grams never span sentences); returns the post's generation. */
export function stampGrams(text: string, sentStarts: number[]): number {
  const gen = ++generation
  let si = 0
  let start = sentStarts[0] ?? 0
  let next = sentStarts[1] ?? Infinity
  let bit = 1 | (1 << 31)
  let v0 = -1
  let v1 = -1
  let v2 = -1
  const stamp = (g: number) => {
    if (gramGen[g] !== gen) { gramGen[g] = gen; gramSent[g] = bit }
    else gramSent[g] = gramSent[g]! | bit
  }
  for (let i = 0; i < text.length; i++) {
    if (i >= next) {
      while (i >= (sentStarts[si + 1] ?? Infinity)) si++
      start = sentStarts[si]!
      next = sentStarts[si + 1] ?? Infinity
      bit = (1 << (si % 31)) | (1 << 31)
      v0 = v1 = v2 = -1
    }
    const v3 = gv(text.charCodeAt(i))
    if (v2 >= 0 && i - 1 >= start) stamp(G2 + v2 * 37 + v3)
    if (v1 >= 0 && v2 >= 0 && i - 2 >= start) stamp(H3(v1, v2, v3))
    if (v0 >= 0 && v1 >= 0 && v2 >= 0 && i - 3 >= start) stamp(H4(v0, v1, v2, v3))
    v0 = v1
    v1 = v2
    v2 = v3
  }
  return gen
}

/** Whether string `k` may occur in the sentences of `mask` (bits as above) of post `gen`. */
export function gramsIn(k: number, mask: number, gen: number): boolean {
  const g = LIT_GRAMS[k]!
  for (let j = 0; j < g.length; j++) {
    const x = g[j]!
    if (gramGen[x] !== gen || (gramSent[x]! & mask) === 0) return false
  }
  return true
}
