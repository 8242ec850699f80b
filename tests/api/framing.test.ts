import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { createWorker } from '../../worker/app'
import { embedSlug } from '../../worker/embed/framing'
import { addPartner } from '../support/partners'

// The Worker with a stand-in for Astro: framing headers are the Worker's job, whatever renders the page.
const worker = createWorker(async () => new Response('<!doctype html><title>page</title>', { headers: { 'Content-Type': 'text/html' } }))
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
      expect(csp['script-src']).toBe("'self' 'unsafe-inline'")
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

  it('reads the partner slug only from the embed prefix', () => {
    expect(embedSlug('/embed/acme')).toBe('acme')
    expect(embedSlug('/embed/acme/s/x')).toBe('acme')
    expect(embedSlug('/embed.js')).toBeNull()
    expect(embedSlug('/embedded/acme')).toBeNull()
  })
})
