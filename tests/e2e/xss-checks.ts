import type { BrowserContext, Page } from 'playwright-core'

/**
 * What the XSS fuzz test asserts on every page it renders. The checks read the DOM, so
 * they catch a renderer bug even where nothing ran: with JavaScript off, behind a CSP, or
 * a payload that needs a click.
 */

/**
 * How a region of user content may look: plain text, sanitised post HTML, a search snippet,
 * the moderator's highlighted text; `count` only counts (a breakout changes how many there are).
 */
export type RegionKind = 'text' | 'prose' | 'snippet' | 'desk' | 'count'
export type Region = { selector: string; kind: RegionKind; count?: number }
export type PageReport = { problems: string[]; found: number[] }

/**
 * Runs in the page (serialised by Playwright, hence self-contained). `prose` is exactly the
 * renderer's allow-list (worker/lib/markdown.ts): anything else there is markup that got
 * through. The whole document is checked too, since a breakout lands outside the region.
 */
function inspect(regions: Region[]): PageReport {
  const problems: string[] = []
  const describe = (el: Element) => el.outerHTML.slice(0, 160)
  const SCHEME = /^([a-z][a-z0-9+.-]*):/i
  const safeUrl = (value: string) => {
    const bare = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
    const scheme = SCHEME.exec(bare)?.[1]?.toLowerCase()
    return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto'
  }
  const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcset', 'ping']
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) problems.push(`event handler attribute ${attr.name}: ${describe(el)}`)
      if (URL_ATTRS.includes(attr.name.toLowerCase()) && !safeUrl(attr.value)) problems.push(`unsafe URL in ${attr.name}: ${describe(el)}`)
      if (attr.name === 'srcdoc') problems.push(`srcdoc: ${describe(el)}`)
    }
  }
  // Astro puts one <style> for its islands in the body; any other there is not ours.
  const ASTRO_STYLE = 'astro-island,astro-slot,astro-static-slot{display:contents}'
  for (const el of Array.from(document.querySelectorAll('iframe, frame, frameset, object, embed, applet, base, portal, body meta, body link, body title, body style, svg script, svg foreignObject'))) {
    if (!(el.tagName === 'STYLE' && el.textContent === ASTRO_STYLE)) problems.push(`forbidden element: ${describe(el)}`)
  }
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if (/__xss|alert\(/.test(script.textContent ?? '')) problems.push(`payload in a script element: ${describe(script)}`)
    if (script.src && new URL(script.src).origin !== location.origin) problems.push(`script from another origin: ${script.src}`)
  }

  const PROSE: Record<string, string[]> = {
    P: [], BR: [], STRONG: [], EM: [], DEL: [], UL: [], OL: ['start'], LI: [], BLOCKQUOTE: [], CODE: [], PRE: [], HR: [], A: ['href', 'rel'],
  }
  const allowed: Record<Exclude<RegionKind, 'text' | 'count'>, Record<string, string[]>> = {
    prose: PROSE,
    snippet: { MARK: [] },
    desk: { SPAN: ['class'], MARK: ['class', 'title'] },
  }
  const found = regions.map(({ selector, kind }) => {
    const roots = kind === 'count' ? [] : Array.from(document.querySelectorAll(selector))
    for (const root of roots) {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const attrs = kind === 'text' || kind === 'count' ? undefined : allowed[kind][el.tagName]
        if (!attrs) {
          problems.push(`<${el.tagName.toLowerCase()}> inside ${selector}: ${describe(el)}`)
          continue
        }
        for (const attr of Array.from(el.attributes)) if (!attrs.includes(attr.name)) problems.push(`attribute ${attr.name} inside ${selector}: ${describe(el)}`)
      }
    }
    return document.querySelectorAll(selector).length
  })
  return { problems, found }
}

/** Sets the traps before any page script runs: the sentinel, dialogs, CSP reports, foreign requests. */
export async function armContext(context: BrowserContext, baseUrl: string): Promise<{ hits: string[] }> {
  const hits: string[] = []
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] }
    w.__csp = []
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`))
  })
  const origin = new URL(baseUrl).origin
  context.on('page', (page) => {
    // A script error on a page of hostile text is a page the content broke (an island that never hydrates).
    page.on('pageerror', (e) => hits.push(`page error on ${page.url()}: ${e.message}`))
    page.on('dialog', (d) => {
      hits.push(`dialog "${d.message()}" on ${page.url()}`)
      void d.dismiss()
    })
  })
  context.on('request', (req) => {
    const url = req.url()
    if (!url.startsWith(origin) && !url.startsWith('blob:')) hits.push(`request to ${url.slice(0, 120)}`)
  })
  return { hits }
}

/** The report for one page: DOM problems, plus whether a payload ran or CSP had to stop something. */
export async function inspectPage(page: Page, regions: Region[], baselineCsp: Set<string>): Promise<PageReport> {
  const report = await page.evaluate(inspect, regions)
  const ran = await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)
  if (ran !== undefined) report.problems.push(`window.__xss was set to ${String(ran)}`)
  // A violation a clean page does not have was caused by what the page shows.
  for (const v of await cspViolations(page)) if (!baselineCsp.has(v)) report.problems.push(`CSP violation caused by the content: ${v}`)
  regions.forEach(({ selector, count }, i) => {
    const found = report.found[i]
    if (count !== undefined && found !== count) report.problems.push(`${count} ${selector} expected, ${found} found (markup closed a container early?)`)
  })
  return report
}

export const cspViolations = async (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)

/**
 * Text as the page shows it: the HTML parser drops NUL in text (U+FFFD in attributes), turns
 * CR LF into LF, and a surrogate cut in half by a slice becomes U+FFFD.
 * `collapse` for document.title, which strips and collapses white space.
 */
export const asRendered = (s: string, opts: { collapse?: boolean } = {}) => {
  const t = s
    .replace(/\r\n?/g, '\n')
    .replace(/[\0\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
  return opts.collapse ? t.replace(/[\t\n\f\r ]+/g, ' ').trim() : t
}
