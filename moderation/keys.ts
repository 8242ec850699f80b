// Key words: word prefixes (2..4 chars, 'l' read as 'i') one of which any match must contain,
// and the prefix index that maps a post's words to the few entries worth running.
import type { Item } from './pattern'

const MAXK = 4
const cut = (s: string) => s.slice(0, MAXK).replace(/l/g, 'i')

// Very common words of the five languages: a key that prefixes one of these would make its
// entry a candidate in almost every post, so the key chooser avoids them when it can. They
// are the lexicons' stopwords (bank.ts passes them in) and these, which are not stopwords.
// Which keys are chosen changes only how many regexes run, never what matches.
const COMMON = new Set<string>()
export function commonWords(words: Iterable<string>): void {
  for (const w of words) for (let n = 2; n <= Math.min(MAXK, w.length); n++) COMMON.add(cut(w.slice(0, n)))
}
commonWords((
  'then them their were where which why think got going gonna being into only over some than ' +
  'time day back today tonight tomorrow your yours his her him myself our any also does did ' +
  'done go goes went yes its by up us one two life people anyone someone everyone thing ' +
  'things every again still even more most voy tu nous ils du toi ai fait er sie wir mein sim vou tudo'
).split(' '))
/** Lower is better: common or short keys cost more. */
// A set of many rare words is still a good filter (each rarely occurs); one common word is not.
const keyCost = (k: string) => (COMMON.has(k) ? 30 : 0.3) + (k.length < 3 ? 2 : k.length < 4 ? 0.5 : 0)

/** Literal prefixes reachable from items[idx]; null when the first element is not literal. */
function prefixes(items: Item[], idx: number): string[] | null {
  let acc = ['']
  for (let k = idx; k < items.length; k++) {
    const it = items[k]!
    if (acc.every((a) => a.length >= MAXK)) break
    if (it.t === 'lit' && it.c === "'") break // text tokens split at apostrophes
    if (it.t === 'lit' && it.min >= 1) {
      acc = acc.map((a) => a + it.c)
      if (it.q) break
    } else if (it.t === 'grp' && it.min >= 1 && (it.open === '(' || it.open === '(?:')) {
      const sub: string[] = []
      for (const alt of it.alts) {
        let p = PREFIX_MEMO.get(alt)
        if (p === undefined) PREFIX_MEMO.set(alt, (p = prefixes(alt, 0)))
        if (!p) return acc.every((a) => a.length >= 2) ? acc : null
        sub.push(...p)
      }
      const next: string[] = []
      for (const a of acc) for (const s of sub) next.push(a + s)
      if (next.length > 24) break
      acc = next
      if (it.q || !it.alts.every((alt) => alt.every((x) => x.t === 'lit' && !x.q && x.c !== "'"))) break
    } else break
  }
  const out = [...new Set(acc.map(cut))]
  return out.every((a) => a.length >= 2) ? out : null
}

const endsWithSep = (alt: Item[]) => alt.length > 0 && alt[alt.length - 1]!.t === 'sep'

const SEQ_MEMO = new WeakMap<Item[], string[] | null>()
const PREFIX_MEMO = new WeakMap<Item[], string[] | null>()

function seqKeys(items: Item[]): string[] | null {
  let v = SEQ_MEMO.get(items)
  if (v === undefined) SEQ_MEMO.set(items, (v = keySets(items)[0]?.keys ?? null))
  return v
}

export interface KeySet {
  keys: string[]
  /** Item index the keys start at, when every item before it is optional: the match can be
   * tried right at the key word (sticky regex) instead of scanning the sentence. */
  anchor: number
}

export const setCost = (ks: string[]) => ks.reduce((sum, k) => sum + keyCost(k), 0)

/** Every necessary key set of a sequence (each must be present), cheapest first. */
export function keySets(items: Item[]): KeySet[] {
  const found: KeySet[] = []
  let ws = true
  let leading = true // all items so far optional
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!
    // A lookaround consumes no text: a word may start right after it as before it. (The words
    // after it are never tried alone at their key word: it is required, so `leading` ends.)
    if (it.t === 'grp' && it.open !== '(' && it.open !== '(?:') { leading = false; continue }
    if (it.min >= 1 && ws) {
      const ks = prefixes(items, k)
      if (ks) found.push({ keys: ks, anchor: leading ? k : -1 })
    }
    if (it.t === 'grp' && it.min >= 1 && (it.open === '(' || it.open === '(?:') && ws) {
      const all: string[] = []
      let ok = true
      for (const alt of it.alts) {
        const ks = seqKeys(alt)
        if (!ks) { ok = false; break }
        all.push(...ks)
      }
      if (ok) found.push({ keys: [...new Set(all)], anchor: -1 })
    }
    if (it.t === 'sep') ws = !it.soft
    else if (it.t === 'fill') ws = true
    else if (it.t === 'lit' && it.c === "'") ws = true
    else if (it.t === 'grp') ws = (it.min === 0 && ws) || it.alts.every(endsWithSep) ? ws || it.alts.every(endsWithSep) : false
    else ws = it.min === 0 ? ws : false
    if (it.min >= 1 && it.t !== 'sep' && it.t !== 'fill') leading = false
  }
  return found.sort((a, b) => setCost(a.keys) - setCost(b.keys))
}

export function keyCode(s: string, from = 0, len = s.length - from): number {
  let k = 0
  for (let i = from; i < from + len; i++) {
    const v = val(s.charCodeAt(i))
    if (v < 0) return -1
    k = k * 37 + v
  }
  return k
}

/** Prefix index over compiled entries: which entries can possibly match a given word. */
export class KeyIndex {
  private readonly map = new Map<number, number[]>()
  // Bit 1: a key is exactly this prefix; bit 2: a longer key starts with it. Lets most words
  // be rejected after two or three character reads without touching the map.
  private readonly f2 = new Uint8Array(37 * 37 + 37)
  private readonly f3 = new Uint8Array(37 * 37 * 37 + 37 * 37 + 37)
  readonly always: number[] = []
  // The map frozen into an open-addressing table (rebuilt after adds): slots[h] holds a key
  // code, its ids are ids[from[h]] .. ids[from[h + 1]]. Flat arrays, no Map lookup per word.
  private slots = new Int32Array(0)
  private from = new Int32Array(1)
  private ids = new Int32Array(0)
  private shift = 32
  private frozen = false
  /** Per entry id, a bit for its group (its language): `lookup` skips the groups not asked
   * for from this one small array, before any call or any read of the entry's own data. */
  private group = new Uint8Array(4096)
  add(id: number, keys: string[] | null, group: number): void {
    this.frozen = false
    if (id >= this.group.length) this.group = grownBytes(this.group, id + 1)
    this.group[id] = group
    // Keys must be word prefixes made of [a-z0-9] (2..4 chars); otherwise run always.
    const codes = keys?.map((k) => keyCode(k)) ?? null
    if (!keys || !codes || codes.some((c, i) => c < 0 || keys[i]!.length < 2)) { this.always.push(id); return }
    keys.forEach((k, i) => {
      const code = codes[i]!
      const list = this.map.get(code)
      if (!list) this.map.set(code, [id])
      else if (!list.includes(id)) list.push(id)
      const c2 = keyCode(k, 0, 2)
      if (k.length === 2) this.f2[c2] = this.f2[c2]! | 1
      else {
        this.f2[c2] = this.f2[c2]! | 2
        const c3 = keyCode(k, 0, 3)
        this.f3[c3] = this.f3[c3]! | (k.length === 3 ? 1 : 2)
      }
    })
  }
  private freeze(): void {
    let bits = 4
    while (1 << bits < 2 * this.map.size) bits++
    const size = 1 << bits
    const slots = new Int32Array(size)
    const lists: number[][] = Array.from({ length: size }, () => [])
    for (const [code, list] of this.map) {
      let h = Math.imul(code, 0x9e3779b1) >>> (32 - bits)
      while (slots[h] !== 0) h = (h + 1) & (size - 1)
      slots[h] = code // codes are never 0 (letters and digits are 1..36)
      lists[h] = list
    }
    this.from = new Int32Array(size + 1)
    lists.forEach((l, i) => { this.from[i + 1] = this.from[i]! + l.length })
    this.ids = Int32Array.from(lists.flat())
    this.slots = slots
    this.shift = 32 - bits
    this.frozen = true
  }
  /** Calls `hit` for each entry with key `code` in the groups of `mask`. */
  private each(code: number, hit: (id: number) => void, mask: number): void {
    const { slots, from, ids, group } = this
    let h = Math.imul(code, 0x9e3779b1) >>> this.shift
    while (slots[h] !== code) {
      if (slots[h] === 0) return
      h = (h + 1) & (slots.length - 1)
    }
    for (let i = from[h]!, end = from[h + 1]!; i < end; i++) {
      const id = ids[i]!
      if (group[id]! & mask) hit(id)
    }
  }
  /** Calls `hit` for each entry without keys (run on every sentence) in the groups of `mask`. */
  eachAlways(hit: (id: number) => void, mask: number): void {
    for (const id of this.always) if (this.group[id]! & mask) hit(id)
  }
  /** Calls `hit` for every entry (of the groups in `mask`) with a key that prefixes text[a, b). */
  lookup(text: string, a: number, b: number, hit: (id: number) => void, mask = -1): void {
    if (!this.frozen) this.freeze()
    if (b - a < 2) return
    const v0 = val(text.charCodeAt(a))
    const v1 = val(text.charCodeAt(a + 1))
    if (v0 < 0 || v1 < 0) return
    const k2 = v0 * 37 + v1
    const g2 = this.f2[k2]!
    if (g2 & 1) this.each(k2, hit, mask)
    if (!(g2 & 2) || b - a < 3) return
    const v2 = val(text.charCodeAt(a + 2))
    if (v2 < 0) return
    const k3 = k2 * 37 + v2
    const g3 = this.f3[k3]!
    if (g3 & 1) this.each(k3, hit, mask)
    if (!(g3 & 2) || b - a < 4) return
    const v3 = val(text.charCodeAt(a + 3))
    if (v3 >= 0) this.each(k3 * 37 + v3, hit, mask)
  }
}

const grownBytes = (a: Uint8Array, n: number) => { const b = new Uint8Array(Math.max(n, a.length * 2)); b.set(a); return b }

const val = (c: number) => (c >= 97 && c <= 122 ? (c === 108 ? 9 : c - 96) : c >= 48 && c <= 57 ? c - 21 : -1)

