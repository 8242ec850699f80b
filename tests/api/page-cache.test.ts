import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createWorker } from '../../worker/app'
import { forgetStoryPages } from '../../worker/page-cache'

// The Worker with a stand-in for Astro that counts renders: what is cached is the Worker's choice.
let renders = 0
const worker = createWorker(async (request) => {
  renders += 1
  const url = new URL(request.url)
  const headers: Record<string, string> = { 'Content-Type': 'text/html' }
  if (url.searchParams.has('lang')) headers['Set-Cookie'] = 'lang=es; Path=/'
  return new Response(`<p>render ${renders} of ${url.pathname} for ${request.headers.get('Accept-Language')}</p>`, { status: url.pathname.endsWith('missing00') ? 404 : 200, headers })
})
const waits: Promise<unknown>[] = []
const ctx = { waitUntil: (p: Promise<unknown>) => waits.push(p), passThroughOnException() {}, props: {} } as unknown as ExecutionContext

async function open(path: string, headers: Record<string, string> = {}) {
  const res = await worker.fetch!(new Request(`https://lantern.test${path}`, { headers: { 'Accept-Language': 'en-GB', ...headers } }) as never, env, ctx)
  await Promise.all(waits.splice(0))
  return { text: await res.text(), hit: res.headers.get('X-Page-Cache') === 'hit', cacheControl: res.headers.get('Cache-Control'), csp: res.headers.get('Content-Security-Policy') }
}

describe('story pages are micro-cached for a few seconds', () => {
  it('renders a story page once for many readers of one language, with the same headers', async () => {
    const first = await open('/s/cachetest001')
    const second = await open('/s/cachetest001')
    expect(second.text).toBe(first.text)
    expect([first.hit, second.hit]).toEqual([false, true])
    // The cache's own lifetime is not passed on to browsers; security headers are still set.
    expect(second.cacheControl).toBeNull()
    expect(second.csp).toContain("frame-ancestors 'none'")
  })

  it('keeps languages apart and renders again on a reload', async () => {
    const english = await open('/s/cachetest002')
    const spanish = await open('/s/cachetest002', { 'Accept-Language': 'es-ES' })
    expect(spanish.hit).toBe(false)
    expect(spanish.text).not.toBe(english.text)
    const reloaded = await open('/s/cachetest002', { 'Cache-Control': 'max-age=0' })
    expect(reloaded.hit).toBe(false)
    expect(reloaded.text).not.toBe(english.text)
    // The reload refreshed the stored copy.
    expect((await open('/s/cachetest002')).text).toBe(reloaded.text)
  })

  it('never stores errors, pages that set a cookie, other pages or requests with a query', async () => {
    for (const path of ['/s/missing00', '/s/cachetest003?lang=es', '/', '/s/cachetest004?x=1']) {
      await open(path)
      expect((await open(path)).hit).toBe(false)
    }
  })

  it('forgets a story’s pages in every language at once when its words must go', async () => {
    await open('/s/cachetest005')
    await open('/s/cachetest005', { 'Accept-Language': 'es' })
    expect((await open('/s/cachetest005')).hit).toBe(true)
    await forgetStoryPages('https://lantern.test/api/me', ['cachetest005'])
    expect((await open('/s/cachetest005')).hit).toBe(false)
    expect((await open('/s/cachetest005', { 'Accept-Language': 'es' })).hit).toBe(false)
  })
})
