import { escapeHtml } from './escape-html'
import { renderInline } from './markdown-inline'

/**
 * Renders a post's markdown to safe HTML, once, when it is written.
 *
 * The subset is what a personal story needs: paragraphs, line breaks, emphasis, lists,
 * quotes, code and links. Raw HTML is shown as the literal text the person typed (never
 * dropped), headings become bold lines (no shouting in a support forum), and images become
 * links, because loading a third-party image would tell that site who is reading. Indented
 * lines stay prose (a poem's indentation is not a code block).
 *
 * Safe by construction, so it needs no sanitiser: every character of the input is escaped
 * before it is written, the only tags are the ones these two files write (the allow-list in
 * tests/e2e/xss-checks.ts), and links only keep http(s) and mailto addresses. It replaced
 * `marked` + `xss` (~20 KB gzip of the Worker bundle) with the same HTML on every story of
 * the moderation corpus except bare email addresses, which it leaves unlinked: an address in a
 * post is personal data the screen flags for a moderator, not something to make clickable.
 */
export function renderMarkdown(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').replaceAll('\u0000', '\ufffd').split('\n')
  return renderBlocks(lines).trim()
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/
const HR = /^ {0,3}([-*_])(?: *\1){2,} *$/
const ATX = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
const SETEXT = /^ {0,3}(?:=+|-+) *$/
const QUOTE = /^ {0,3}> ?(.*)$/
const ITEM = /^( {0,3})([-*+]|(\d{1,9})[.)])(?:( +)(.*))?$/
const blank = (line: string) => line.trim() === ''

type Item = { ordered: boolean; marker: string; start: number; indent: number; text: string }

function listItem(line: string): Item | null {
  const m = ITEM.exec(line)
  if (!m) return null
  // "-" alone is a bullet with nothing yet; "-text" does not match (just text).
  const [, lead = '', marker = '', number, gap = '', text = ''] = m
  const ordered = number !== undefined
  return { ordered, marker: ordered ? marker.slice(-1) : marker, start: ordered ? Number(number) : 1, indent: lead.length + marker.length + Math.min(Math.max(gap.length, 1), 4), text }
}

/** Whether a line ends a paragraph by starting another block. */
function interrupts(line: string): boolean {
  if (FENCE.test(line) || HR.test(line) || ATX.test(line) || QUOTE.test(line)) return true
  const item = listItem(line)
  // A number only starts a list inside a paragraph at 1 ("I was 18. Then…" stays a sentence).
  return item !== null && item.text.trim() !== '' && (!item.ordered || item.start === 1)
}

/** Quotes and lists nest at most this deep; deeper lines are shown as typed, in a paragraph. */
const MAX_NESTING = 8

function renderBlocks(lines: string[], depth = 0): string {
  if (depth > MAX_NESTING) return `<p>${renderInline(lines.map((l) => l.trim()).filter((l) => l !== '').join('\n'))}</p>\n`
  let html = ''
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    if (blank(line)) { i++; continue }
    const fence = FENCE.exec(line)
    if (fence && !(fence[1]!.startsWith('`') && fence[2]!.includes('`'))) {
      const close = new RegExp(`^ {0,3}${fence[1]![0] === '`' ? '`' : '~'}{${fence[1]!.length},} *$`)
      const body: string[] = []
      for (i++; i < lines.length && !close.test(lines[i]!); i++) body.push(lines[i]!)
      i++
      html += `<pre><code>${escapeHtml(body.join('\n'))}${body.length ? '\n' : ''}</code></pre>\n`
      continue
    }
    if (HR.test(line)) { html += '<hr>\n'; i++; continue }
    const heading = ATX.exec(line)
    if (heading) { html += `<p><strong>${renderInline((heading[1] ?? '').trim())}</strong></p>\n`; i++; continue }
    if (QUOTE.test(line)) {
      const inner: string[] = []
      for (; i < lines.length && !blank(lines[i]!); i++) {
        const quoted = QUOTE.exec(lines[i]!)
        if (quoted) inner.push(quoted[1]!)
        else if (inner.length && !blank(inner.at(-1)!) && !interrupts(lines[i]!)) inner.push(lines[i]!) // lazy continuation
        else break
      }
      html += `<blockquote>\n${renderBlocks(inner, depth + 1)}</blockquote>\n`
      continue
    }
    const item = listItem(line)
    if (item) {
      const list = renderList(lines, i, item, depth)
      html += list.html
      i = list.next
      continue
    }
    const paragraph: string[] = [line]
    for (i++; i < lines.length && !blank(lines[i]!) && !interrupts(lines[i]!); i++) {
      if (SETEXT.test(lines[i]!)) break
      paragraph.push(lines[i]!)
    }
    const text = paragraph.map((l) => l.trim()).join('\n')
    if (i < lines.length && SETEXT.test(lines[i]!)) {
      // "Title" over a line of === or --- is a heading: a bold line, like # Title.
      html += `<p><strong>${renderInline(text)}</strong></p>\n`
      i++
      continue
    }
    html += `<p>${renderInline(text)}</p>\n`
  }
  return html
}

/** A list from lines[from]: items of the same kind, each item's lines rendered as blocks. */
function renderList(lines: string[], from: number, first: Item, depth: number): { html: string; next: number } {
  const items: string[][] = []
  let loose = false
  let i = from
  let current: Item | null = first
  while (current) {
    const body = [current.text]
    let sawBlank = false
    for (i++; i < lines.length; i++) {
      const line = lines[i]!
      if (blank(line)) { sawBlank = true; body.push(''); continue }
      const indent = line.length - line.trimStart().length
      if (indent >= current.indent) { body.push(line.slice(current.indent)); if (sawBlank) loose = true; sawBlank = false; continue }
      if (sawBlank) break
      if (interrupts(line) || listItem(line)) break
      body.push(line.trim()) // lazy continuation of the item's paragraph
    }
    while (body.length && blank(body.at(-1)!)) body.pop()
    items.push(body)
    const next = i < lines.length ? listItem(lines[i]!) : null
    if (next && next.ordered === first.ordered && next.marker === first.marker) {
      if (sawBlank) loose = true
      current = next
    } else current = null
  }
  const tag = first.ordered ? 'ol' : 'ul'
  const start = first.ordered && first.start !== 1 ? ` start="${first.start}"` : ''
  const rendered = items.map((body) => {
    const inner = renderBlocks(body, depth + 1)
    // A tight list's items are bare text, as in every markdown renderer.
    const tight = loose ? inner : inner.replace(/<p>([\s\S]*?)<\/p>\n/g, '$1\n')
    return `<li>${tight.trim()}</li>\n`
  })
  return { html: `<${tag}${start}>\n${rendered.join('')}</${tag}>\n`, next: i }
}
