import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { createWorker } from '../../worker/app'
import { embedSlug } from '../../worker/embed/framing'
import { addPartner } from '../support/partners'

// The Worker with a stand-in for Astro, sending a policy shaped like the one Astro sends
// (experimental.csp: the hashes of the inline scripts it wrote): framing and security
// headers are the Worker's job, whatever renders the page.
const ISLAND_HASH = "'sha256-CKjCclRddEf66wb5G8GNIgjlWbMxtZQt1JhAfigqFDs='"
const astroPolicy = `script-src 'self' ${ISLAND_HASH}; style-src 'self' 'sha256-BgpT47rhdkJFSXbU1Sjl9wIuWfydmSGZl+hfPlktqXI=';`
const worker = createWorker(async () => new Response('<!doctype html><title>page</title>', { headers: { 'Content-Type': 'text/html', 'Content-Security-Policy': astroPolicy } }))
const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext
const page = (path: string) => worker.fetch!(new Request(`https://lantern.test${path}`) as never, env, ctx)
const directives = (res: Response) =>
  Object.fromEntries((res.headers.get('Content-Security-Policy') ?? '').split('; ').map((d) => [d.split(' ')[0], d.slice(d.indexOf(' ') + 1)]))

beforeAll(async () => {
  await addPartner({ slug: 'framer', allowedOrigins: ['https://framer.example', 'http://127.0.0.1:8788'] })
})

describe('frame-ancestors', () => {
  it.each(['/embed/framer/anxiety', '/embed/framer/s/demo0first01', '/embed/framer/new', '/embed/framer/resources', '/embed/framer'])(
    '%s may be framed by the partner origins only, with the rest of the page CSP unchanged',
    async (path) => {
      const csp = directives(await page(path))
      expect(csp['frame-ancestors']).toBe('https://framer.example http://127.0.0.1:8788')
      expect(csp['default-src']).toBe("'self'")
      expect(csp['script-src']).toBe(`'self' ${ISLAND_HASH}`)
      expect(csp['connect-src']).toBe("'self'")
    },
  )

  it('lets anyone frame the error page of a partner that does not exist, so a partner can see the mistake', async () => {
    expect(directives(await page('/embed/nobody/anxiety'))['frame-ancestors']).toBe('*')
    expect(directives(await page('/embed/Not_A_Slug/x'))['frame-ancestors']).toBe('*')
  })

  it.each(['/', '/s/demo0first01', '/new', '/mod', '/mod/partners', '/docs/api', '/embedded', '/embed.js'])('%s may not be framed at all', async (path) => {
    expect(directives(await page(path))['frame-ancestors']).toBe("'none'")
  })

  it('allows only our own scripts and the inline scripts Astro hashed: nothing else inline runs', async () => {
    const res = await page('/s/demo0first01')
    const csp = directives(res)
    expect(csp['script-src']).toBe(`'self' ${ISLAND_HASH}`)
    expect(csp['object-src']).toBe("'none'")
    expect(csp['base-uri']).toBe("'none'")
    expect(res.headers.get('Strict-Transport-Security')).toMatch(/^max-age=\d{8}; includeSubDomains$/)
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer')
    expect(res.headers.get('Permissions-Policy')).toContain('interest-cohort=()')
  })

  it("never inherits a renderer's relaxed script policy, and falls back to our own origin only", async () => {
    const relaxed = createWorker(async () => new Response('<p>x</p>', { headers: { 'Content-Security-Policy': "script-src 'self' 'unsafe-inline'" } }))
    const plain = createWorker(async () => new Response('<p>x</p>'))
    for (const w of [relaxed, plain]) {
      const res = await w.fetch!(new Request('https://lantern.test/about') as never, env, ctx)
      expect(directives(res)['script-src']).toBe("'self'")
    }
  })

  it('lets the composer load Cloudflare Turnstile only when a site key is configured', async () => {
    const withTurnstile = { ...env, TURNSTILE_SITE_KEY: '1x00000000000000000000AA' }
    const at = async (path: string, e: Env) => directives(await worker.fetch!(new Request(`https://lantern.test${path}`) as never, e, ctx))
    for (const path of ['/new', '/embed/framer/new']) {
      const csp = await at(path, withTurnstile)
      expect(csp['script-src']).toBe(`'self' ${ISLAND_HASH} https://challenges.cloudflare.com`)
      expect(csp['frame-src']).toBe('https://challenges.cloudflare.com')
      expect((await at(path, env))['script-src']).toBe(`'self' ${ISLAND_HASH}`)
    }
    expect((await at('/s/demo0first01', withTurnstile))['script-src']).toBe(`'self' ${ISLAND_HASH}`)
  })

  it('reads the partner slug only from the embed prefix', () => {
    expect(embedSlug('/embed/acme')).toBe('acme')
    expect(embedSlug('/embed/acme/s/x')).toBe('acme')
    expect(embedSlug('/embed.js')).toBeNull()
    expect(embedSlug('/embedded/acme')).toBeNull()
  })
})
