import { afterEach, describe, expect, it, vi } from 'vitest'
import { es } from '../../site/src/i18n/es'
import { catalogueAsset, translator } from '../../site/src/i18n'

/** A stand-in for env.ASSETS that serves the given answers in turn and counts the reads. */
function assets(...answers: Response[]) {
  const fetch = vi.fn(async (url: URL | string) => {
    expect(new URL(url).pathname).toBe(catalogueAsset('es'))
    return answers.shift()!
  })
  return { fetch } as unknown as Fetcher & { fetch: typeof fetch }
}

describe('message catalogues (site/src/i18n)', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.restoreAllMocks()
  })

  it('answers in English without reading anything', async () => {
    const none = assets()
    expect((await translator('en', none, 'https://lantern.test'))('nav.home')).toBe('Home')
    expect(none.fetch).not.toHaveBeenCalled()
  })

  // In a build, other languages come from the static assets (vitest, like astro dev, reads the source).
  it('reads Spanish from the static assets once per isolate, and answers in English while it cannot', async () => {
    vi.stubEnv('DEV', false)
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const missing = assets(new Response('not found', { status: 404 }))
    expect((await translator('es', missing, 'https://lantern.test'))('nav.home')).toBe('Home')
    expect(error).toHaveBeenCalledOnce()

    const served = assets(Response.json(es))
    expect((await translator('es', served, 'https://lantern.test'))('nav.home')).toBe(es['nav.home'])
    expect((await translator('es', served, 'https://lantern.test'))('nav.write')).toBe(es['nav.write'])
    expect(served.fetch).toHaveBeenCalledOnce()
  })
})
