import fc from 'fast-check'

/**
 * Hostile text for the XSS fuzz test (xss-fuzz.test.ts). Every payload that could run
 * sets `window.__xss` or opens a dialog, so the test can tell that it ran; the DOM checks
 * catch the ones that would only run with another browser, another CSP or a click.
 */
const RUN = 'window.__xss=1'

const VECTORS = [
  // Script and event handlers, in every spelling.
  `<script>${RUN}</script>`, `<ScRiPt>top.__xss=1</sCrIpT>`, `<script src="data:text/javascript,${RUN}"></script>`,
  `<img src=x onerror="${RUN}">`, `<img src=x onerror=alert(1)>`, `<IMG SRC=x OnErRoR=${RUN}>`, `<img/src=x/onerror=${RUN}>`,
  `<img\nsrc=x\nonerror=${RUN}>`, `<img src=x onerror=${RUN}`, `<svg onload=${RUN}>`, `<svg><script>${RUN}</script></svg>`,
  `<svg><a xlink:href="javascript:${RUN}"><text>x</text></a></svg>`, `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<details open ontoggle=${RUN}>`, `<body onload=${RUN}>`, `<input autofocus onfocus=${RUN}>`, `<video><source onerror=${RUN}></video>`,
  `<marquee onstart=${RUN}>`, `<div style="background:url(javascript:${RUN})">x</div>`, `<x onclick=${RUN}>click</x>`,
  // Frames, plugins, forms and things that change the page itself.
  `<iframe src="javascript:top.__xss=1"></iframe>`, `<iframe srcdoc="<script>top.__xss=1</script>">`, `<object data="javascript:top.__xss=1">`,
  `<embed src="javascript:top.__xss=1">`, `<form action="javascript:${RUN}"><button>go</button></form>`, `<button formaction="javascript:${RUN}">go</button>`,
  `<base href="javascript:/">`, `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`, `<link rel=stylesheet href=javascript:${RUN}>`,
  `<style>*{background:url(javascript:${RUN})}</style>`, `<template><script>${RUN}</script></template>`,
  // URLs in markdown links and images.
  `[click](javascript:${RUN})`, `[click](JaVaScRiPt:${RUN})`, `[x](java\tscript:alert(1))`, `[x](&#106;avascript:alert(1))`, `[x](javascript&colon;alert(1))`,
  `[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`, `[x](vbscript:msgbox(1))`, `[x]( javascript:${RUN})`, `[x](<javascript:${RUN}>)`,
  `![img](javascript:${RUN})`, `![x](https://evil.example/x.png)`, `![x" onerror="${RUN}](x)`, `![x](x" onerror="${RUN})`,
  `[a](https://ok.example "t\\" onmouseover=${RUN} x=\\"")`, `[a]: javascript:${RUN}\n\n[a]`, `<javascript:${RUN}>`, `<https://example.com/"onmouseover="${RUN}>`,
  `<a href="javascript:${RUN}">a</a>`, `<a href=javascript&colon;alert(1)>a</a>`, `<a href="&#x6A;avascript:${RUN}">a</a>`,
  // Entity-encoded, broken and nested tags.
  `&lt;script&gt;${RUN}&lt;/script&gt;`, `&#60;script&#62;alert(1)&#60;/script&#62;`, `\\u003cscript\\u003e${RUN}\\u003c/script\\u003e`,
  `<scr<script>ipt>${RUN}</scr</script>ipt>`, `<<script>script>${RUN}<</script>/script>`, `<!--<script>${RUN}</script>-->`, '<!--', '-->',
  `<![CDATA[<script>${RUN}</script>]]>`, `<?xml version="1.0"?><script>${RUN}</script>`, `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  // Breaking out of attributes and of the elements around the text.
  `"><script>${RUN}</script>`, `'><img src=x onerror=${RUN}>`, `" onmouseover="${RUN}" x="`, `' autofocus onfocus='${RUN}`, '`onmouseover=alert(1)',
  `</textarea><script>${RUN}</script>`, `</script><script>${RUN}</script>`, `</title><script>${RUN}</script>`, `</noscript><img src=x onerror=${RUN}>`,
  `</style><img src=x onerror=${RUN}>`, `</div></article><img src=x onerror=${RUN}>`, `</p></li></ol><iframe src=javascript:top.__xss=1>`, `</astro-island><script>${RUN}</script>`,
  // Markdown and HTML mixed.
  `**<img src=x onerror=${RUN}>**`, `> <script>${RUN}</script>`, `\`<script>${RUN}</script>\``, `\`\`\`\n</code></pre><script>${RUN}</script>\n\`\`\``,
  `# <svg onload=${RUN}>`, `* [x](javascript:${RUN})\n* <b onclick=${RUN}>b</b>`, `_<i onmouseover=${RUN}>i</i>_`, `| a |\n|---|\n| <img src=x onerror=${RUN}> |`,
  // Template syntax of the frameworks in the stack and others.
  `{{constructor.constructor("${RUN}")()}}`, `\${${RUN}}`, `{@html "<img src=x onerror=${RUN}>"}`, `{${RUN}}`, '#{7*7}', '<%= 7*7 %>', '{{7*7}}',
  // Unicode tricks.
  '\u202e<tpircs>', `\u200b<scr\u200bipt>${RUN}</script>`, `＜script＞${RUN}＜/script＞`, '\uE000', '\uE001', '\uE000mark\uE001', '\u0000', '\uFEFF',
  '𝓼𝓬𝓻𝓲𝓹𝓽', 'e\u0301', '\u2028\u2029', '😀', 'ı̇', 'ﬀ', '\u00a0', `%3Cscript%3E${RUN}%3C/script%3E`,
  // Links that are fine but carry markup in their text.
  'https://example.com/<script>', 'mailto:a@b.c?subject=<script>', 'http://example.com/?q="><img src=x onerror=alert(1)>',
]

/** Each character as a decimal or hex entity, or left alone, by a coin per character. */
const entityEncode = (s: string, coins: boolean[]) =>
  [...s].map((ch, i) => (coins[i % coins.length] ? (i % 2 ? `&#${ch.codePointAt(0)};` : `&#x${ch.codePointAt(0)!.toString(16)};`) : ch)).join('')

const vector = fc.constantFrom(...VECTORS)

/** One hostile fragment: a known vector, mutated, or arbitrary text. */
const fragment: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: vector, weight: 5 },
  { arbitrary: fc.mixedCase(vector), weight: 2 },
  { arbitrary: fc.tuple(vector, fc.array(fc.boolean(), { minLength: 1, maxLength: 8 })).map(([v, c]) => entityEncode(v, c)), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
  { arbitrary: fc.string({ unit: fc.constantFrom(...'<>"\'`&;=/\\:()[]{}!#*_-\n '.split('')), maxLength: 30 }), weight: 1 },
)

const separator = fc.constantFrom('', ' ', '\n', '\n\n', '**', '[', '](', '"', '<')

/** One to three fragments run together, so vectors meet each other and the markdown between them. */
export const hostile: fc.Arbitrary<string> = fc
  .tuple(fragment, fc.array(fc.tuple(separator, fragment), { maxLength: 2 }))
  .map(([first, rest]) => first + rest.map(([sep, f]) => sep + f).join(''))

/** What the API accepts as a title (1 to 200 characters once trimmed). */
export const hostileTitle = hostile.map((s) => s.slice(0, 190)).filter((s) => s.trim().length > 0)

/** A content warning is one of a fixed list; anything else must be refused. */
export const hostileWarning = fc.oneof(vector, fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), fc.constant('suicide<script>'), fc.constant('Suicide'))

/** An author key header: vectors and near-misses of the real format (lk_ + 43 base64url characters). */
export const hostileAuthorKey = fc.oneof(
  vector.map((v) => `lk_${v}`),
  fc.string({ unit: fc.constantFrom(...'abcXYZ019_-<>"\'=/+ '.split('')), minLength: 40, maxLength: 46 }).map((s) => `lk_${s}`),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 60 }),
)
  // What an HTTP header can carry at all: Latin-1, no line breaks or NUL, nothing to trim.
  .filter((k) => k.trim() === k && k.length > 0 && /^[\x20-\x7e\xa0-\xff]+$/.test(k) && !/^lk_[A-Za-z0-9_-]{43}$/.test(k))
