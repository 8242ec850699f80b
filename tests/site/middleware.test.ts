import type { APIContext, MiddlewareNext } from 'astro'
import { describe, expect, it, vi } from 'vitest'
import { UNAVAILABLE_PAGE, onRequest } from '../../site/src/middleware'

/** The parts of Astro's context the middleware reads, and a rewrite that records its target. */
function context(path: string) {
  const rewrite = vi.fn(async (to: string) => new Response(`rewritten to ${to}`, { status: 503 }))
  return { ctx: { url: new URL(`https://lantern.test${path}`), rewrite } as unknown as APIContext, rewrite }
}
const failing = (error: Error): MiddlewareNext => () => Promise.reject(error)
// What a page's query throws when D1 drops the connection: Drizzle's error around D1's.
const d1Lost = () => new Error('Failed query: select ...', { cause: new Error('D1_ERROR: Network connection lost.') })

describe('pages while D1 is unavailable (site/src/middleware.ts)', () => {
  it('shows the unavailable page instead of an error when a page cannot reach D1', async () => {
    const { ctx, rewrite } = context('/s/demo0first01')
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const res = (await onRequest(ctx, failing(d1Lost()))) as Response
    expect(rewrite).toHaveBeenCalledWith(UNAVAILABLE_PAGE)
    expect(res.status).toBe(503)
  })

  it('lets every other error and every answer through unchanged', async () => {
    const { ctx, rewrite } = context('/s/demo0first01')
    await expect(onRequest(ctx, failing(new TypeError('a bug of ours')))).rejects.toThrow('a bug of ours')
    const page = new Response('a story')
    expect(await onRequest(ctx, () => Promise.resolve(page))).toBe(page)
    expect(rewrite).not.toHaveBeenCalled()
  })

  it('does not loop when the unavailable page itself fails', async () => {
    const { ctx, rewrite } = context(UNAVAILABLE_PAGE)
    await expect(onRequest(ctx, failing(d1Lost()))).rejects.toThrow('Failed query')
    expect(rewrite).not.toHaveBeenCalled()
  })
})
