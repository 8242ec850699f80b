import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { newContext, useBrowser, whenHydrated } from './browser'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

/** Pages with islands (inline loader scripts), on the site and inside a partner's frame. */
const PAGES = ['/', '/s/demo0first01', '/new', '/me', '/search?q=walk', '/privacy', '/mod/sign-in', '/embed/demo/new']

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = [])
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)
}

describe('security headers on every page', () => {
  it.each(PAGES)('%s: strict CSP without inline scripts, HSTS, no referrer', async (path) => {
    const res = await fetch(baseUrl + path)
    const csp = res.headers.get('Content-Security-Policy') ?? ''
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? ''
    expect(scriptSrc).not.toContain('unsafe-inline')
    expect(scriptSrc).not.toContain('unsafe-eval')
    expect(scriptSrc).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')+$/)
    expect(csp).toContain("object-src 'none'")
    expect(csp).toMatch(/frame-ancestors [^;]+/)
    expect(res.headers.get('Strict-Transport-Security')).toMatch(/max-age=\d+/)
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(res.headers.get('Permissions-Policy')).toContain('camera=()')
    if (!path.startsWith('/mod')) expect(res.headers.get('Referrer-Policy')).toBe('no-referrer')
  })

  it.each(PAGES)('%s: every island hydrates under that policy, with no violation reported', async (path) => {
    const context = await newContext(browser())
    const page = await context.newPage()
    const violations = await watchViolations(page)
    await page.goto(baseUrl + path)
    await whenHydrated(page)
    expect(await violations()).toEqual([])
    await context.close()
  })

  it('blocks an inline script that Astro did not write', async () => {
    const context = await newContext(browser())
    const page = await context.newPage()
    const violations = await watchViolations(page)
    await page.goto(`${baseUrl}/s/demo0first01`)
    // What a sanitiser slip would amount to: markup with an inline script in the page.
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__ran = true'
      document.body.appendChild(script)
    })
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined()
    expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true)
    await context.close()
  })
})

describe('the composer keeps the draft when the server says no', () => {
  it.each([
    [429, 'rate_limited', 'You are posting very quickly. Your words are kept: wait a minute and try again.', '60'],
    [503, 'unavailable', 'We cannot save or load right now. What you wrote is still in your browser: try again in a few seconds.', '5'],
  ])('%i %s: shows why, keeps every word, and posts on the next try with the same idempotency key', async (status, code, message, retryAfter) => {
    const context = await newContext(browser())
    const page = await context.newPage()
    await page.goto(`${baseUrl}/new?space=anxiety`)
    await whenHydrated(page)
    const title = `Kept draft ${status} ${Date.now()}`
    await page.getByLabel('Title').fill(title)
    await page.getByLabel('Your story').fill('A long evening, but I made dinner and called a friend.')
    // The server's answer when it refuses, exactly as the API sends it (tests/api/rate-limits
    // and faults cover the server side); the browser cannot make the real limiter trip here.
    const keys: string[] = []
    await page.route('**/api/stories', async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '')
      if (keys.length === 1) await route.fulfill({ status, headers: { 'Retry-After': retryAfter }, json: { error: { code, message } } })
      else await route.continue()
    })
    await page.getByRole('button', { name: 'Post anonymously' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toContain(message)
    expect(await page.getByLabel('Title').inputValue()).toBe(title)
    // Still there after a reload: the draft is kept on the device.
    await page.reload()
    await whenHydrated(page)
    expect(await page.getByLabel('Title').inputValue()).toBe(title)
    await page.getByRole('button', { name: 'Post anonymously' }).click()
    await page.getByTestId('outcome').waitFor({ state: 'visible' })
    expect(keys).toHaveLength(2)
    expect(keys[1]).toBe(keys[0])
    await context.close()
  })
})

describe('a page while the database is unavailable', () => {
  // site/src/middleware.ts rewrites a page whose D1 calls fail as unavailable to this page
  // (tests/site/middleware.test.ts); here is what the reader then receives.
  it('answers 503 with Retry-After and no caching, says the draft is kept, and lists crisis lines', async () => {
    const res = await fetch(`${baseUrl}/unavailable`, { headers: { 'Accept-Language': 'es' } })
    expect(res.status).toBe(503)
    expect(res.headers.get('Retry-After')).toBe('5')
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(res.headers.get('Content-Security-Policy')).toContain("object-src 'none'")
    const html = await res.text()
    expect(html).toContain('Lantern está tomando aire')
    expect(html).toContain('tus palabras se guardan en este navegador')
    expect(html).toMatch(/href="tel:/)
    expect(html.match(/<h1[ >]/g)).toHaveLength(1)
    // Opened directly (not rewritten from a page that failed), "try again" goes home.
    expect(html).toContain('<a href="/">Intentar de nuevo</a>')
  })
})
