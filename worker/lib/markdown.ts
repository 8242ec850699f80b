import { Marked, type Tokens } from 'marked'
import xssModule from 'xss'

// xss is CommonJS: its named exports are properties of the default export at run time.
const { FilterXSS } = xssModule as unknown as typeof import('xss')

/**
 * Renders a post's markdown to safe HTML, once, when it is written.
 *
 * The subset is what a personal story needs: paragraphs, line breaks, emphasis, lists,
 * quotes, code and links. Raw HTML is shown as the literal text the person typed (never
 * dropped), headings become bold lines (no shouting in a support forum), and images become
 * links, because loading a third-party image would tell that site who is reading.
 * `marked` parses; `xss` sanitises the result against an allow-list as a second line of defence.
 */
const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')

const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
    heading({ tokens }: Tokens.Heading) {
      return `<p><strong>${this.parser.parseInline(tokens)}</strong></p>\n`
    },
    image: ({ href, text }: Tokens.Image) => `<a href="${escapeHtml(href)}">${escapeHtml(text || href)}</a>`,
    hr: () => '<hr>\n',
  },
})

const SAFE_URL = /^(https?:|mailto:)/i

const sanitizer = new FilterXSS({
  whiteList: {
    p: [], br: [], strong: [], em: [], del: [], ul: [], ol: ['start'], li: [],
    blockquote: [], code: [], pre: [], hr: [], a: ['href'],
  },
  stripIgnoreTag: true,
  stripIgnoreTagBody: ['script', 'style'],
  onTagAttr(tag, name, value) {
    if (tag === 'a' && name === 'href') {
      return SAFE_URL.test(value) ? `href="${escapeHtml(value)}" rel="nofollow ugc noopener noreferrer"` : ''
    }
    return undefined
  },
})

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false })
  return sanitizer.process(html).trim()
}
