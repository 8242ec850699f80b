import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../../worker/lib/markdown'

const ALLOWED = /<\/?(p|br|strong|em|del|ul|ol|li|blockquote|code|pre|hr|a)(?=[ >])/g

describe('renderMarkdown (the subset a story needs, safe by construction)', () => {
  it.each([
    ['Hello **world**, this is *me* and __you__ and _us_.', '<p>Hello <strong>world</strong>, this is <em>me</em> and <strong>you</strong> and <em>us</em>.</p>'],
    ['line one\nline two\n\nnext paragraph', '<p>line one<br>line two</p>\n<p>next paragraph</p>'],
    ['- a\n- b', '<ul>\n<li>a</li>\n<li>b</li>\n</ul>'],
    ['3. three\n4. four', '<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>'],
    ['> quoted\n> more', '<blockquote>\n<p>quoted<br>more</p>\n</blockquote>'],
    ['# Loud heading', '<p><strong>Loud heading</strong></p>'],
    ['Title\n===', '<p><strong>Title</strong></p>'],
    ['a\n\n---\n\nb', '<p>a</p>\n<hr>\n<p>b</p>'],
    ['```\ncode <b>\n```', '<pre><code>code &lt;b&gt;\n</code></pre>'],
    ['use `a <i>` here, ~~struck~~, ***both***', '<p>use <code>a &lt;i&gt;</code> here, <del>struck</del>, <em><strong>both</strong></em></p>'],
    ['snake_case_name and 2 * 3 * 4', '<p>snake_case_name and 2 * 3 * 4</p>'],
    ['\\*not emphasis\\*', '<p>*not emphasis*</p>'],
  ])('renders %j', (input, html) => {
    expect(renderMarkdown(input)).toBe(html)
  })

  it('keeps links to http(s) and mailto only, marked as user content', () => {
    expect(renderMarkdown('[help](https://example.org/ü?a=1&b=2)')).toBe('<p><a href="https://example.org/%C3%BC?a=1&amp;b=2" rel="nofollow ugc noopener noreferrer">help</a></p>')
    expect(renderMarkdown('see https://example.org/path. Or www.example.org')).toBe(
      '<p>see <a href="https://example.org/path" rel="nofollow ugc noopener noreferrer">https://example.org/path</a>. Or <a href="http://www.example.org" rel="nofollow ugc noopener noreferrer">www.example.org</a></p>',
    )
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'vbscript:x', '/relative', '//evil.example']) {
      expect(renderMarkdown(`[click](${bad})`)).toBe('<p>click</p>')
    }
  })

  it('turns images into links, so no third-party image loads', () => {
    expect(renderMarkdown('![a cat](https://example.org/cat.png)')).toBe('<p><a href="https://example.org/cat.png" rel="nofollow ugc noopener noreferrer">a cat</a></p>')
  })

  it('shows raw HTML as the text the person typed, never drops it', () => {
    const html = renderMarkdown('I <3 my dog <script>alert(1)</script> <img src=x onerror=alert(1)> "quotes" & \'apostrophes\'')
    expect(html).toBe('<p>I &lt;3 my dog &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &quot;quotes&quot; &amp; &#39;apostrophes&#39;</p>')
  })

  it('writes only allow-listed tags, and every character typed survives, for hostile input', () => {
    const hostile = ['*_[`~<>!\\', '> - 1. ```', '[a](javascript:x)"><svg onload=x>', '**[x](https://e.org "t\\"><b>")**', '<a href="x">', '`<`>`'].join('\n')
    const html = renderMarkdown(hostile)
    const tags = html.match(/<[^>]*>/g) ?? []
    expect(tags.every((t) => /^<\/?(p|br|strong|em|del|ul|ol|li|blockquote|code|pre|hr)>$|^<a href="https?:[^"]*" rel="nofollow ugc noopener noreferrer">$|^<ol start="\d+">$/.test(t))).toBe(true)
    expect(html.replace(ALLOWED, '').includes('<svg')).toBe(false)
    for (const word of ['svg onload', 'javascript', 'href']) expect(html).toContain(word)
  })

  it('never overflows the stack and keeps the words, on pathological bodies of 20,000 characters', () => {
    for (const body of ['> '.repeat(10_000), '- '.repeat(10_000), '['.repeat(20_000), '*a '.repeat(6_600), '*_'.repeat(5_000), '`a``'.repeat(5_000)]) {
      expect(renderMarkdown(`${body}still here`)).toContain('still here')
    }
  })
})
