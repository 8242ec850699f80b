// Pattern syntax → AST → regex source. Used by compile.ts (regexes) and keys.ts (key words).
// Authoring syntax: a space matches any run of spaces/hyphens/underscores, including none
// ("self harm" ≈ "self-harm" ≈ "selfharm"); " ?" says the words may be written joined;
// "'" is optional ("dont"); "~" allows up to 3 filler words, "~~" up to 6; (a|b), ?, [..], \d
// etc. are regex as usual. Accents are optional in text; German ä/ö/ü also match ae/oe/ue.

export type Quant = { q: string; min: number }
export type Item = Quant & (
  | { t: 'lit'; c: string }
  | { t: 'sep'; soft?: boolean }
  | { t: 'fill'; n: number }
  | { t: 'raw'; s: string }
  | { t: 'grp'; open: string; alts: Item[][] }
)

const SEP = "[\\s_*'-]*"
// Filler words must start at a word boundary, or "go ~ die" would match inside "gonna die";
// a comma may follow the word before ("the platform, the next train").
const FILL = (n: number) => `(?:[,:]?\\s*(?<![a-z0-9])[^\\s.!?;]+\\s+){0,${n}}`

/** `s` without its accents and other combining marks ("métro" → "metro"). */
export const stripMarks = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '')

/** Accent folding and letter squeezing on the pattern source, mirroring normalise.ts. */
export function foldSource(src: string): string {
  let out = ''
  let inClass = false
  let prev = ''
  for (let i = 0; i < src.length; i++) {
    let ch = src[i]!
    if (ch === '\\') { out += ch + (src[i + 1] ?? ''); i++; prev = ''; continue }
    if (ch === '[') inClass = true
    else if (ch === ']') inClass = false
    const umlaut = ch === 'ä' ? 'a' : ch === 'ö' ? 'o' : ch === 'ü' ? 'u' : ''
    if (umlaut) ch = inClass ? umlaut : `${umlaut}e?`
    else if (ch === 'ß') ch = 's'
    else if (ch === 'œ') ch = 'oe'
    else if (ch === 'æ') ch = 'ae'
    else if (ch.charCodeAt(0) > 127) ch = stripMarks(ch)
    for (const c of ch) {
      const letter = c >= 'a' && c <= 'z'
      if (letter && !inClass && c === prev) continue
      out += c
      prev = letter && !inClass ? c : ''
    }
  }
  return out
}

// Sticky scanners (no substring copies: patterns are parsed once each, but there are many).
const BRACE = /\{(\d+)(,\d*)?\}/y
const GROUP_OPEN = /\((\?:|\?=|\?!|\?<=|\?<!)?/y
// ("^" and "$" never get here: parse() rewrites them first.)
const SPECIAL = new Set([...'.*+?{}()|[]\\/'])

const GROUP_CACHE = new Map<string, Item[][]>()

/** Index of the ')' closing the group opened at `open`, or -1. */
function closing(src: string, open: number): number {
  let depth = 0
  let inClass = false
  for (let j = open; j < src.length; j++) {
    const c = src[j]
    if (c === '\\') { j++; continue }
    if (inClass) { if (c === ']') inClass = false; continue }
    if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return j
  }
  return -1
}

export function parse(pattern: string): Item[][] {
  // "^" and "$" (outside a class) are a sentence's edges: no word before, or after, in the same
  // sentence. Not the regex anchors, which would mean the sentence's edges where an entry scans
  // one sentence, and the post's where an anchored entry runs on the whole text (bank.ts).
  const src = pattern.replace(/\$/g, '(?![^.!?\\n]*[a-z0-9])').replace(/(?<!\[)\^/g, '(?<![a-z0-9][^.!?\\n]*)')
  let i = 0
  const quant = (): Quant => {
    const c = src[i]
    let q = ''
    let min = 1
    if (c === '?' || c === '*' || c === '+') { q = c; min = c === '+' ? 1 : 0; i++ }
    else if (c === '{') {
      BRACE.lastIndex = i
      const m = BRACE.exec(src)
      if (m) { q = m[0]; min = Number(m[1]); i += m[0].length }
    }
    if (q && src[i] === '?') { q += '?'; i++ }
    return { q, min }
  }
  const alts = (): Item[][] => {
    const out: Item[][] = [seq()]
    while (src[i] === '|') { i++; out.push(seq()) }
    return out
  }
  const seq = (): Item[] => {
    const items: Item[] = []
    while (i < src.length && src[i] !== ')' && src[i] !== '|') {
      const c = src[i]!
      if (c === '(') {
        GROUP_OPEN.lastIndex = i
        const m = GROUP_OPEN.exec(src)!
        // Macro vocabularies ({pills}, {going}, ...) recur in many patterns: parse each group
        // text once and share the (never mutated) result, which also lets keys.ts memoise.
        const close = closing(src, i)
        const text = close > 0 ? src.slice(i, close + 1) : ''
        const hit = text.length > 24 ? GROUP_CACHE.get(text) : undefined
        let a: Item[][]
        if (hit) { a = hit; i = close + 1 }
        else {
          i += m[0].length
          a = alts()
          i++ // ')'
          if (text.length > 24 && GROUP_CACHE.size < 4000) GROUP_CACHE.set(text, a)
        }
        items.push({ t: 'grp', open: m[0], alts: a, ...quant() })
      } else if (c === '[') {
        let j = i + 1
        while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1
        const s = src.slice(i, j + 1)
        i = j + 1
        items.push({ t: 'raw', s, ...quant() })
      } else if (c === '\\') {
        const s = src.slice(i, i + 2)
        i += 2
        items.push({ t: 'raw', s, ...quant() })
      } else if (c === '.') { i++; items.push({ t: 'raw', s: '.', ...quant() }) }
      else if (c === ' ') {
        while (src[i] === ' ') i++
        // "nut ?case": the words may be written joined, so what follows is no word start.
        const soft = src[i] === '?'
        if (soft) i++
        items.push({ t: 'sep', soft, q: '', min: 0 })
      } else if (c === '\u0001') {
        // Soft separator inside a word ("my\u0001self"): optional space, not a word start.
        i++
        items.push({ t: 'sep', soft: true, q: '', min: 0 })
      } else if (c === '~') {
        const n = src[i + 1] === '~' ? 6 : 3
        i += n === 6 ? 2 : 1
        items.push({ t: 'fill', n, q: '', min: 0 })
      } else { i++; items.push({ t: 'lit', c, ...quant() }) }
    }
    return items
  }
  return alts()
}

/**
 * Regex source of a sequence. Groups capture only when `capture` is set: stigma entries read
 * group 1 (their suggestion), and nothing reads any other entry's groups, which would cost an
 * allocation per group per match and slow the match down.
 */
export function emit(items: Item[], capture = false): string {
  const cache = capture ? GROUP_EMIT : GROUP_EMIT_BARE
  let out = ''
  for (const it of items) {
    if (it.t === 'sep') out += SEP
    else if (it.t === 'fill') out += FILL(it.n)
    else if (it.t === 'lit') {
      const c = it.c === 'l' ? '[li]' : it.c === "'" ? "(?:'?)" : SPECIAL.has(it.c) ? `\\${it.c}` : it.c
      out += c + it.q
    } else if (it.t === 'raw') {
      const s = it.s.startsWith('[') && /[^\\]l/.test(it.s) && !it.s.includes('i') ? it.s.replace(/]$/, 'i]') : it.s
      out += s + it.q
    } else {
      let inner = cache.get(it.alts)
      if (inner === undefined) cache.set(it.alts, (inner = it.alts.map((alt) => emit(alt, capture)).join('|')))
      // A negative lookaround names whole words: "(?! (to|on))" must not refuse "tonight" or
      // "once", nor "(?<!is with )" refuse "this with".
      if (it.open === '(?!' && it.alts.every((a) => edgeIsWord(a, a.length - 1, -1))) inner = `(?:${inner})(?![a-z0-9])`
      else if (it.open === '(?<!' && it.alts.every((a) => edgeIsWord(a, 0, 1))) inner = `(?<![a-z0-9])(?:${inner})`
      out += (it.open === '(' && !capture ? '(?:' : it.open) + inner + ')' + it.q
    }
  }
  return out
}

/** Whether `alt`, read from index `k` in direction `dir`, starts (or ends) with a letter or digit. */
function edgeIsWord(alt: Item[], k: number, dir: 1 | -1): boolean {
  const it = alt[k]
  if (!it) return false
  if (it.t === 'lit') return /[a-z0-9]/.test(it.c)
  return it.t === 'grp' && (it.open === '(' || it.open === '(?:') && it.alts.every((a) => edgeIsWord(a, dir > 0 ? 0 : a.length - 1, dir))
}

// Shared groups (see GROUP_CACHE) are emitted once.
const GROUP_EMIT = new WeakMap<Item[][], string>()
const GROUP_EMIT_BARE = new WeakMap<Item[][], string>()

