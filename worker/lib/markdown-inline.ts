import { escapeHtml } from './escape-html'

/**
 * Inline markdown of one paragraph: `code`, **strong**, *em*, ~~struck~~, [links](https://…),
 * images as links, bare https:// and www. links, backslash escapes, and each line break kept
 * (people write poems and lists of feelings line by line).
 *
 * Hostile input must stay linear: a body is up to 20,000 characters, and a scan forward from
 * every unmatched `*`, `[` or backtick would be quadratic. So closers are indexed once per
 * call (positions by delimiter and run length, found by binary search), brackets are paired
 * with a stack, and nesting deeper than MAX_DEPTH is written as plain text.
 */
export function renderInline(text: string): string {
  return new Inline(text, 0, true).render()
}

const MAX_DEPTH = 6
const PUNCTUATION = /[!-/:-@[-`{-~]/
const SPACE = /\s/
const WORD = /[\p{L}\p{N}]/u
const BARE_LINK = /^(?:https?:\/\/|www\.)[^\s<]+/i
const TRAILING = /[?!.,:;*_'"~]+$/
const SAFE_URL = /^(https?:|mailto:)/i
const REL = 'nofollow ugc noopener noreferrer'

const isSpace = (c: string | undefined) => c === undefined || SPACE.test(c)
const isWord = (c: string | undefined) => c !== undefined && WORD.test(c)

/** The first value ≥ from in a sorted list, or -1. */
function firstFrom(sorted: number[] | undefined, from: number): number {
  if (!sorted) return -1
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < from) lo = mid + 1
    else hi = mid
  }
  return lo < sorted.length ? sorted[lo]! : -1
}

function linkTo(href: string, inner: string): string {
  if (!SAFE_URL.test(href)) return inner
  let encoded: string
  try {
    encoded = encodeURI(href).replace(/%25/g, '%')
  } catch {
    return inner // a lone surrogate cannot be an address
  }
  return `<a href="${escapeHtml(encoded)}" rel="${REL}">${inner}</a>`
}

class Inline {
  /** Closing runs by key "<char><length>": positions where such a run can close. */
  private closers = new Map<string, number[]>()
  /** Backtick runs by length. */
  private ticks = new Map<number, number[]>()
  /** Index of the matching "]" for each "[" (escaped brackets and code spans excluded). */
  private bracket = new Map<number, number>()

  /** `links` is false inside a link's label: links do not nest. */
  constructor(private s: string, private depth: number, private links: boolean) {
    this.index()
  }

  private runLength(i: number): number {
    let j = i
    while (this.s[j] === this.s[i]) j++
    return j - i
  }

  private index(): void {
    const s = this.s
    const open: number[] = []
    for (let i = 0; i < s.length; ) {
      const c = s[i]!
      if (c === '\\' && i + 1 < s.length) { i += 2; continue }
      if (c === '`' || c === '*' || c === '_' || c === '~') {
        const n = this.runLength(i)
        if (c === '`') push(this.ticks, n, i)
        else if (!isSpace(s[i - 1]) && (c !== '_' || !isWord(s[i + n]))) push(this.closers, `${c}${n}`, i)
        i += n
        continue
      }
      if (c === '[') open.push(i)
      else if (c === ']' && open.length) this.bracket.set(open.pop()!, i)
      i++
    }
  }

  render(): string {
    const s = this.s
    let out = ''
    for (let i = 0; i < s.length; ) {
      const c = s[i]!
      let hit: [string, number] | null = null
      if (c === '\\' && s[i + 1] === '\n') hit = ['<br>', i + 2]
      else if (c === '\\' && i + 1 < s.length && PUNCTUATION.test(s[i + 1]!)) hit = [escapeHtml(s[i + 1]!), i + 2]
      else if (c === '\n') hit = ['<br>', i + 1]
      else if (c === '`') hit = this.code(i)
      else if (this.links && (c === '[' || (c === '!' && s[i + 1] === '['))) hit = this.link(i)
      else if (this.links && c === '<') hit = this.angleLink(i)
      else if (c === '*' || c === '_' || c === '~') hit = this.emphasis(i)
      else if (this.links && (c === 'h' || c === 'H' || c === 'w' || c === 'W') && !isWord(s[i - 1])) hit = this.bareLink(i)
      if (hit) {
        out += hit[0]
        i = hit[1]
      } else if (c === '`' || c === '*' || c === '_' || c === '~') {
        // An unmatched run stays literal, whole: its tail must not open something new.
        const n = this.runLength(i)
        out += escapeHtml(s.slice(i, i + n))
        i += n
      } else {
        out += escapeHtml(c)
        i++
      }
    }
    return out
  }

  private nested(text: string, links = this.links): string {
    return this.depth >= MAX_DEPTH ? escapeHtml(text) : new Inline(text, this.depth + 1, links).render()
  }

  private code(i: number): [string, number] | null {
    const n = this.runLength(i)
    const close = firstFrom(this.ticks.get(n), i + n)
    if (close < 0) return null
    let body = this.s.slice(i + n, close).replaceAll('\n', ' ')
    if (body.length > 2 && body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '') body = body.slice(1, -1)
    return [`<code>${escapeHtml(body)}</code>`, close + n]
  }

  private emphasis(i: number): [string, number] | null {
    const s = this.s
    const c = s[i]!
    const n = this.runLength(i)
    // An opener is followed by a non-space; "_" also must not sit inside a word (snake_case).
    if (isSpace(s[i + n]) || (c === '_' && isWord(s[i - 1]))) return null
    if (c === '~' ? n > 2 : n > 3) return null
    const close = firstFrom(this.closers.get(`${c}${n}`), i + n + 1)
    if (close < 0) return null
    const inner = this.nested(s.slice(i + n, close))
    const html = c === '~' ? `<del>${inner}</del>` : n === 1 ? `<em>${inner}</em>` : n === 2 ? `<strong>${inner}</strong>` : `<em><strong>${inner}</strong></em>`
    return [html, close + n]
  }

  private link(i: number): [string, number] | null {
    const s = this.s
    const image = s[i] === '!'
    const open = image ? i + 1 : i
    const close = this.bracket.get(open)
    if (close === undefined || s[close + 1] !== '(') return null
    const target = /^\(\s*(?:<([^<>\n]*)>|((?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*))(?:\s+("[^"]*"|'[^']*'|\([^()]*\)))?\s*\)/.exec(s.slice(close + 1, close + 1 + 2048))
    if (!target) return null
    const href = (target[1] ?? target[2] ?? '').replace(/\\([!-/:-@[-`{-~])/g, '$1')
    const label = s.slice(open + 1, close)
    // An image becomes a link to it: loading it would tell its site who is reading.
    const inner = image ? escapeHtml(label || href) : this.nested(label, false)
    return [linkTo(href, inner), close + 1 + target[0].length]
  }

  private angleLink(i: number): [string, number] | null {
    const m = /^<((?:https?|mailto):[^\s<>]*)>/i.exec(this.s.slice(i, i + 2048))
    return m ? [linkTo(m[1]!, escapeHtml(m[1]!)), i + m[0].length] : null
  }

  private bareLink(i: number): [string, number] | null {
    const m = BARE_LINK.exec(this.s.slice(i, i + 2048))
    if (!m) return null
    let url = m[0]
    for (;;) {
      const trimmed = url.replace(TRAILING, '')
      // A closing parenthesis belongs to the link only when it closes one inside it.
      const unbalanced = trimmed.endsWith(')') && trimmed.split(')').length > trimmed.split('(').length
      const next = unbalanced ? trimmed.slice(0, -1) : trimmed
      if (next === url) break
      url = next
    }
    if (!/^(?:https?:\/\/|www\.)[\p{L}\p{N}-]+\.?/iu.test(url)) return null
    const href = /^www\./i.test(url) ? `http://${url}` : url
    return [linkTo(href, escapeHtml(url)), i + url.length]
  }
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
