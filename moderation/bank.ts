// All lexicons compiled once into one registry with one prefix index — each language the first
// time a post needs it (keeps a Worker's cold start short), each regex on first use. A screen
// walks the post's words once, finds the few entries whose key words occur, and runs each of
// those regexes only on the sentences that hold its key words. Idioms run only where something
// else matched, and time words only within reach of a signal they can make imminent.
import { KeyIndex, commonWords, compileAlternatives, compilePattern, expandFolded, expandMacros, type Compiled } from './compile'
import { clauseIn, internClause, scanPattern, stampGrams } from './grams'
import { LEXICONS } from './lexicons/index'
import { stripMarks } from './pattern'
import type { ContextPatterns, CrisisRule, Lexicon, MethodRule, StigmaRule } from './lexicons/types'
import { AT, INFO, LANG_BITS, MASK, POST, REC, records } from './entry-records'
import { sentenceIndex, type Segments } from './segment'
import { markReach } from './timing'
import type { Lang } from './types'

export type Category = 'crisis' | 'method' | 'stigma' | 'idiom' | 'harass'
interface Base { id: string; p: string }
export type AnyRule = CrisisRule | MethodRule | StigmaRule | Base

export interface Entry {
  cat: Category
  lang: Lang
  rule: AnyRule
  c: Compiled
  /** 0 = run on its sentences; 1 = idiom (only where others matched); 2 = time (only near a signal it can escalate; timing.ts). */
  defer: 0 | 1 | 2
}

let post = 0
// findAll's candidate queue, reused by every post (a growing array per post was a sixth of
// a long post's garbage).
let QUEUE = new Int32Array(3 * 256)
// Prefilter clauses (grams.ts) of all entries, flat (one array to read, not one per entry): at
// the offset in the entry's record (INFO), the count and ids of the clauses that must hold
// somewhere in the post (the literals of sticky entries, whose match may run on past the
// sentence), then those that must hold in the sentence run (c.also, and c.lits unless sticky).
// Written when the entry first comes up, which keeps it out of the cold start.
const ENTRY_CLAUSES: number[] = []
function clausesAt(r: Int32Array, id: number): number {
  const info = r[id * REC + INFO]!
  if (info >> 3) return (info >> 3) - 1
  const c = entries[id]!.c
  const start = ENTRY_CLAUSES.length
  r[id * REC + INFO] = info | ((start + 1) << 3)
  for (const sets of c.sticky ? [c.lits, c.also] : [[], [...c.also, ...c.lits]]) {
    ENTRY_CLAUSES.push(sets.length, ...sets.map(internClause))
  }
  return start
}

export type Ctx = { [K in keyof ContextPatterns]: number } // Scan pattern ids (scan.ts)

// Each entry's sticky regex (null: it has none), read straight from here by findAll's run
// rather than through the entry's lazy compiled object: a cold post misses the cache on those.
const ANCHORED: Array<RegExp | null | undefined> = []

const entries: Entry[] = []
const index = new KeyIndex()
export const CONTEXT = {} as Record<Lang, Ctx>
export const STOPWORDS = {} as Record<Lang, Set<string>>
// Coordinating/causal conjunctions end a negator's reach ("I'm not okay and I want to die").
// Subordinators like "que"/"dass" do not: "no es que quiera morir" stays negated.
export const CONJUNCTIONS = /(?<![a-z])(?:and|because|cause|cuz|so|y|porque|et|parce|und|weil|e|then|luego|puis|dann)(?![a-z])/

function add(lex: Lexicon, cat: Category, rules: Base[]): void {
  for (const rule of rules) {
    const defer = cat === 'idiom' ? 1 : cat === 'crisis' && (rule as CrisisRule).sig === 'time' ? 2 : 0
    for (const c of compileAlternatives(expandFolded(rule.p, lex.macros), cat !== 'stigma', true)) {
      index.add(entries.length, c.keys, LANG_BITS[lex.lang])
      entries.push({ cat, lang: lex.lang, rule, c, defer })
    }
  }
}

/** Stopwords go through the same squeezing as text ("all" → "al"). */
const fold = (w: string) => stripMarks(w).replace(/(.)\1+/g, '$1')

for (const lex of LEXICONS) {
  STOPWORDS[lex.lang] = new Set(lex.stopwords.split(/\s+/).map(fold))
  commonWords(STOPWORDS[lex.lang])
}

let built = 0
/** Compiles the lexicons of the languages in `mask` that are not compiled yet. */
export function ensureLangs(mask: number): void {
  if ((built & mask) === mask) return
  for (const lex of LEXICONS) {
    const bit = LANG_BITS[lex.lang]
    if (!(mask & bit) || built & bit) continue
    built |= bit
    add(lex, 'crisis', lex.crisis)
    add(lex, 'method', lex.method)
    add(lex, 'stigma', lex.stigma)
    add(lex, 'idiom', lex.idioms.map((p, i) => ({ id: `${lex.lang}.idiom.${i}`, p })))
    add(lex, 'harass', lex.harassment.map((p, i) => ({ id: `${lex.lang}.harassment.${i}`, p })))
    const ctx = {} as Record<string, number>
    for (const [k, p] of Object.entries(lex.context)) {
      const c = compilePattern(expandMacros(p, lex.macros))
      ctx[k] = scanPattern(c.re, c.lits)
    }
    CONTEXT[lex.lang] = ctx as unknown as Ctx
  }
}

/** Registry size and entries without key words (kept at zero by a test); compiles everything. */
export function bankStats(): { regexes: number; unkeyed: string[] } {
  ensureLangs(31)
  return { regexes: entries.length, unkeyed: index.always.map((i) => entries[i]!.rule.id) }
}

export interface Match {
  entry: Entry
  s: number
  e: number
  m: RegExpExecArray
}

function runOn(entry: Entry, re: RegExp, text: string, offset: number, out: Match[]): boolean {
  re.lastIndex = 0
  let found = false
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) { re.lastIndex++; continue }
    out.push({ entry, s: offset + m.index, e: offset + m.index + m[0].length, m })
    found = true
  }
  return found
}

/**
 * Every match of every entry whose key words occur in the text. `langs` limits the lexicons
 * consulted (bit mask over LANG_BITS); long posts run their own language(s) plus English.
 */
export function findAll(seg: Segments, joined: Array<[number, number]>, langs = 31): Match[] {
  ensureLangs(langs)
  const { text, sentStarts, tok, ntok } = seg
  const nsent = sentStarts.length
  const r = records(entries)
  // N-grams of the post, per sentence (see grams.ts); 'l' is read as 'i', as keys are.
  stampGrams(seg)
  const gen = ++post
  // Sentences where every clause of the entry may hold, once per entry per post (on its first
  // hit, which also forgets where the last post queued it); a clause's sentence bit implies
  // its bit 31, so an empty mask also covers "nowhere in the post".
  const passing = (id: number): number => {
    const o = id * REC
    if (r[o + POST] === gen) return r[o + MASK]!
    let j = clausesAt(r, id)
    const cl = ENTRY_CLAUSES
    let m = -1
    for (let end = j + 1 + cl[j]!, k = j + 1; k < end && m !== 0; k++) if ((clauseIn(cl[k]!) & (1 << 31)) === 0) m = 0
    j += 1 + cl[j]!
    for (let end = j + 1 + cl[j]!, k = j + 1; k < end && m !== 0; k++) m &= clauseIn(cl[k]!)
    r[o + POST] = gen
    r[o + AT] = -1
    return (r[o + MASK] = m)
  }
  // Candidates as flat triples (entry, sentence, token start), queued only when they pass the
  // prefilter. Anchored entries are tried at each key word; the others scan each sentence
  // holding a key word once.
  let queue = QUEUE
  let queued = 0
  const enqueue = (id: number, s: number, at: number) => {
    if (queued + 3 > queue.length) {
      const grown = new Int32Array(queue.length * 2)
      grown.set(queue)
      queue = QUEUE = grown
    }
    queue[queued++] = id
    queue[queued++] = s
    queue[queued++] = at
  }
  let si = 0
  let a = 0
  const hit = (id: number) => {
    if ((passing(id) & (1 << (si % 31))) === 0) return
    const o = id * REC
    const at = r[o + INFO]! & 1 ? a : si // sticky: per key word, else per sentence
    if (r[o + AT] === at) return
    r[o + AT] = at
    enqueue(id, si, a)
  }
  for (let t = 0; t < ntok; t++) {
    a = tok[2 * t]!
    while (si + 1 < nsent && sentStarts[si + 1]! <= a) si++
    index.lookup(text, a, tok[2 * t + 1]!, hit, langs)
  }
  index.eachAlways((id) => { for (let s = 0; s < nsent; s++) if (passing(id) & (1 << (s % 31))) enqueue(id, s, -1) }, langs)
  // Joined spaced-out letters: words run together, so look up from every offset.
  const loose = new Set<number>()
  for (const [ja, jb] of joined) {
    const flat = text.slice(ja, jb).replace(/[^a-z0-9]/g, '')
    for (let i = 0; i + 2 <= flat.length; i++) index.lookup(flat, i, flat.length, (id) => loose.add(id), langs)
  }
  const sentText: Array<string | undefined> = []
  const slice = (s: number) => (sentText[s] ??= text.slice(sentStarts[s]!, sentStarts[s + 1] ?? text.length))
  const out: Match[] = []
  // Queued candidates have passed the prefilter (checked when queued).
  const run = (id: number, s: number, at: number): boolean => {
    const entry = entries[id]!
    let sticky = ANCHORED[id]
    if (sticky === undefined) sticky = ANCHORED[id] = entry.c.anchored ?? null
    if (sticky && at >= 0) {
      sticky.lastIndex = at
      const m = sticky.exec(text)
      if (!m || m[0].length === 0) return false
      // Found from the key word on; let the full pattern take back any optional words before
      // it ("vous dire au revoir"), which context rules may need.
      const end = at + m[0].length
      const from = Math.max(sentStarts[s]!, at - 48)
      const re = entry.c.re
      re.lastIndex = 0
      const win = text.slice(from, end)
      let full: RegExpExecArray | null
      while ((full = re.exec(win)) !== null) {
        if (full[0].length === 0) { re.lastIndex++; continue }
        if (from + full.index <= at && from + full.index + full[0].length >= end) {
          out.push({ entry, s: from + full.index, e: from + full.index + full[0].length, m: full })
          return true
        }
      }
      out.push({ entry, s: at, e: end, m })
      return true
    }
    return runOn(entry, entry.c.re, slice(s), sentStarts[s]!, out)
  }
  const hot = new Uint8Array(nsent)
  let risk = false
  // Where a time word can escalate a signal (timing.ts); elsewhere only an alarm one counts.
  const timely = new Uint8Array(nsent)
  const found = (entry: Entry, s: number) => {
    hot[s] = 1
    const sig = entry.cat === 'crisis' || entry.cat === 'method' ? (entry.rule as CrisisRule | MethodRule).sig : undefined
    if (sig) { risk = true; markReach(timely, sig, s) }
  }
  const deferred: number[] = []
  const deferOf = (id: number) => (r[id * REC + INFO]! >> 1) & 3
  for (let q = 0; q < queued; q += 3) {
    if (deferOf(queue[q]!)) { deferred.push(queue[q]!, queue[q + 1]!, queue[q + 2]!); continue }
    if (run(queue[q]!, queue[q + 1]!, queue[q + 2]!)) found(entries[queue[q]!]!, queue[q + 1]!)
  }
  for (const id of loose) {
    const entry = entries[id]!
    for (const [ja, jb] of joined) {
      const before = out.length
      runOn(entry, entry.c.loose(), text.slice(ja, jb), ja, out)
      for (let k = before; k < out.length; k++) {
        const mk = out[k]!
        if (out.slice(0, before).some((o) => o.entry.rule === entry.rule && o.s <= mk.s && mk.s < o.e)) out.splice(k--, 1)
        else found(entry, sentenceIndex(seg, mk.s))
      }
    }
  }
  for (let q = 0; q < deferred.length; q += 3) {
    const id = deferred[q]!, s = deferred[q + 1]!
    if (deferOf(id) === 2 ? timely[s] || (risk && (entries[id]!.rule as CrisisRule).alarm) : hot[s]) run(id, s, deferred[q + 2]!)
  }
  return out
}
