// Lexicon pattern compiler. Patterns are written as readable lower-case phrases with a little
// regex syntax; this file folds them the same way normalise.ts folds text, and derives
// "keys" (word prefixes one of which must be present) so that screen() only runs the few
// regexes whose words occur in a post. Everything here runs once at module load.
//
// Authoring syntax: a space matches any run of spaces/hyphens/underscores, including none
// ("self harm" ≈ "self-harm" ≈ "selfharm"); "'" is optional ("dont"); "~" allows up to 3
// filler words, "~~" up to 6; (a|b), ?, [..], \d etc. are regex as usual. Accents are
// optional in text; German ä/ö/ü also match ae/oe/ue. The whole pattern must stand as words.

import { keySets, setCost, type KeySet } from './keys'
import { DIGIT } from './grams'
import { emit, foldSource, parse, type Item } from './pattern'

export { KeyIndex, commonWords, keyCode } from './keys'

export interface Compiled {
  readonly re: RegExp
  /** Whether `anchored` exists (without building it). */
  readonly sticky: boolean
  /** Sticky regex that starts at the key word, when the pattern allows it. */
  anchored?: RegExp
  /** Further necessary key sets: at least one key of each must occur in the sentence. */
  also: string[][]
  /** Same pattern without the left word boundary, for joined spaced-out letters. */
  loose: () => RegExp
  keys: string[] | null
  /** Necessary literal substrings (l read as i), in CNF: each inner list needs one present. */
  lits: string[][]
}

// A required digit ("[1-9]\\d+ pills", "at 3am") is a clause of its own: the prefilter knows
// which sentences hold a digit (grams.ts DIGIT).
const DIGITS = /^(?:\\d|\[[0-9-]+\])$/

/**
 * Necessary-literal clauses of a sequence (sound: every match contains one string of each).
 * The sequence's required letters make one string, its words (pieces) split wherever the text
 * may break or join them (a space, a filler, an optional part): the prefilter then needs every
 * piece in the sentence ("do it" needs "do" and "it"), where a clause per word would only
 * keep the best word of each alternative. Short words count once the string has `min` letters
 * in pieces of two or more (a two-letter word filters through its 2-gram).
 */
export function litClauses(items: Item[], min = 3): string[][] {
  const out: string[][] = []
  let run = ''
  let letters = 0
  let piece = 0
  // A piece ends where the text may break or join words; a one-letter piece has no gram.
  const cut = () => {
    if (piece === 1) run = run.slice(0, -1)
    else if (piece > 1) { letters += piece; run += ' ' }
    piece = 0
  }
  for (const it of items) {
    // A class of l and i is one letter to the prefilter (grams read l as i, as keys do).
    const li = it.t === 'raw' && /^\[(?:li|il)\]$/.test(it.s)
    if (it.min >= 1 && it.q === '' && ((it.t === 'lit' && it.c !== "'") || li)) {
      run += it.t === 'lit' && it.c !== 'l' ? it.c : 'i'
      piece++
      continue
    }
    cut()
    if (it.t === 'raw' && it.min >= 1 && DIGITS.test(it.s)) out.push([DIGIT])
    if (it.t === 'grp' && it.min >= 1 && (it.open === '(' || it.open === '(?:')) {
      const clause = altClause(it.alts, min)
      if (clause) out.push(clause)
    }
  }
  cut()
  if (letters >= min) out.unshift([run.trim()])
  return out
}

/** Clauses of up to 24 strings, smallest first (cheapest to reject): each is checked once per
 * post (grams.ts) and shared by the entries using the same vocabulary. Longer lists (drug
 * names) save regex runs on long posts but cost more than they save on short ones. */
function pickLits(cl: string[][]): string[][] {
  const worth = (c: string[]) => Math.min(...c.map((x) => x.length)) - c.length / 2
  return cl.filter((c) => c.length <= 24).sort((a, b) => a.length - b.length || worth(b) - worth(a))
}

/** One clause for a choice of alternatives: the best clause of each, joined; null if any has none. */
function altClause(alts: Item[][], min = 3): string[] | null {
  const all: string[] = []
  for (const alt of alts) {
    const cl = litClauses(alt, min)
    if (cl.length === 0) return null
    let best = cl[0]!
    for (const c of cl) if (Math.min(...c.map((x) => x.length)) > Math.min(...best.map((x) => x.length))) best = c
    all.push(...best)
  }
  return [...new Set(all)]
}

/** Expands {macro} references (per-language vocabulary such as {going}) before compiling. */
export function expandMacros(pattern: string, macros: Record<string, string>): string {
  let out = pattern
  for (let depth = 0; depth < 3 && out.includes('{'); depth++) {
    out = out.replace(/\{([a-z]+)\}/g, (m, name: string) => (macros[name] !== undefined ? `(?:${macros[name]})` : m))
  }
  return out
}

// Folded macro bodies per vocabulary, so each macro is folded once, not once per pattern.
const FOLDED = new WeakMap<Record<string, string>, Map<string, string>>()

/** expandMacros + foldSource, folding each macro body only once (same result, faster). */
export function expandFolded(pattern: string, macros: Record<string, string>): string {
  let memo = FOLDED.get(macros)
  if (!memo) FOLDED.set(macros, (memo = new Map()))
  const m = memo
  const body = (name: string): string => {
    let v = m.get(name)
    if (v === undefined) m.set(name, (v = foldSource(expandMacros(macros[name]!, macros))))
    return v
  }
  // Macro names are set aside while folding (folding would squeeze "{pills}" to "{pils}").
  const names: string[] = []
  const marked = pattern.replace(/\{([a-z]+)\}/g, (s, name: string) => {
    if (macros[name] === undefined) return s
    names.push(name)
    return `\u0002${names.length - 1}\u0003`
  })
  return foldSource(marked).replace(/\u0002(\d+)\u0003/g, (_, i: string) => `(?:${body(names[Number(i)]!)})`)
}

/**
 * One Compiled per top-level alternative: an entry written as "a|b|c" becomes three small
 * regexes, each run only where its own key words occur (much cheaper than one big one).
 */
export function compileAlternatives(pattern: string, merge = true, folded = false): Compiled[] {
  const parts = parse(folded ? pattern : foldSource(pattern)).map((alt) => {
    const sets = keySets(alt)
    // Prefer keys the match starts at (tried in place, no scan); other necessary key sets
    // filter cheaply before the regex runs ("want" + "die").
    // An anchor is worth a little (no scan), not a common word (tried at every "the").
    const score = (x: KeySet) => setCost(x.keys) + (x.anchor >= 0 ? 0 : 4)
    const primary = sets.reduce<KeySet | undefined>((b, x) => (!b || score(x) < score(b) ? x : b), undefined)
    const also = sets.filter((x) => x !== primary && x.keys.length <= 8 && x.keys.join() !== primary?.keys.join()).slice(0, 2).map((x) => x.keys)
    // Where the match can be tried in place: the items from the key word on (-1: nowhere).
    const anchor = primary && primary.anchor >= 0 ? primary.anchor : -1
    return { anchor, keys: primary?.keys ?? null, also, alt }
  })
  // Alternatives with the same keys run at the same places: one regex for them all is one run
  // instead of several. (Not when capture groups matter: stigma suggestions use group 1.)
  const groups = new Map<string, typeof parts>()
  parts.forEach((x, i) => {
    const sig = merge ? `${x.keys?.join()}|${x.anchor >= 0}|${x.also.map((a) => a.join()).join('/')}` : String(i)
    const g = groups.get(sig)
    if (g) g.push(x)
    else groups.set(sig, [x])
  })
  // Unmerged entries keep their capture groups (stigma suggestions read group 1).
  const capture = !merge
  return [...groups.values()].map((g) => new LazyCompiled(() => g.map((x) => emit(x.alt, capture)).join('|'),
    g[0]!.anchor >= 0 ? () => g.map((x) => emit(x.alt.slice(x.anchor), capture)).join('|') : undefined, g[0]!.keys, g[0]!.also,
    () => pickLits(g.length === 1 ? litClauses(g[0]!.alt) : ((c) => (c ? [c] : []))(altClause(g.map((x) => x.alt))))))
}

/** Regex sources, regexes and literals are worked out on first use: most entries never run in
 * a given isolate's first posts, and the cold start is in the request of its first post. */
class LazyCompiled implements Compiled {
  private r?: RegExp
  private a?: RegExp
  private l?: RegExp
  private necessary?: string[][]
  private source?: string
  readonly sticky: boolean
  constructor(private readonly bodyOf: () => string, private readonly stickyOf: (() => string) | undefined,
    readonly keys: string[] | null, readonly also: string[][], private readonly litsOf: () => string[][]) {
    this.sticky = stickyOf !== undefined
  }
  get lits(): string[][] { return (this.necessary ??= this.litsOf()) }
  private get body(): string { return (this.source ??= this.bodyOf()) }
  get re(): RegExp { return (this.r ??= new RegExp(`(?<![a-z0-9])(?:${this.body})(?![a-z0-9])`, 'g')) }
  get anchored(): RegExp | undefined {
    if (this.stickyOf === undefined) return undefined
    return (this.a ??= new RegExp(`(?<![a-z0-9])(?:${this.stickyOf()})(?![a-z0-9])`, 'y'))
  }
  loose(): RegExp { return (this.l ??= new RegExp(`(?:${this.body})`, 'g')) }
}

/** A context pattern ("not", "used to", ...): its regex and, per alternative, necessary
 * literals (context patterns are not keyed: scan.ts runs them on the sentences that may hold
 * them). */
export function compilePattern(pattern: string): { re: RegExp; lits: string[][][] } {
  // normalise.ts joins "my self" → "myself", so patterns keep reflexives as one word.
  const alts = parse(foldSource(pattern))
  const re = new RegExp(`(?<![a-z0-9])(?:${alts.map((alt) => emit(alt)).join('|')})(?![a-z0-9])`, 'g')
  // Context words are short ("no", "if"): two-letter literals still filter (grams.ts). Clauses
  // stay per alternative (grams.ts mayMatch: some alternative must have all of its own): one
  // clause for the whole pattern joins one of each alternative's, and the weakest of those
  // ("in", "one") occur in nearly every sentence. Strongest first, to rule out alternatives
  // in one read. Sound: a match is one alternative's (the lookarounds take no characters),
  // which holds a string of each of that alternative's clauses (litClauses).
  const strength = (c: string[]) => Math.min(...c.map((x) => (x === DIGIT ? 5 : x.length)))
  return { re, lits: alts.map((alt) => litClauses(alt, 2).sort((a, b) => strength(b) - strength(a))) }
}

/** Integer code of a key: chars a-z → 1..26, 0-9 → 27..36, base 37 (no collisions across lengths). */
