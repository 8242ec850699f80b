import { describe, expect, it } from 'vitest'
import { FORUM_ENV } from '../../scripts/lib/local-forum'

describe('the local forum (bench, load test, browser tests) is built as it is deployed', () => {
  it("leaves out the import.meta.env keys vitest puts into process.env, which Astro's build would read back", () => {
    expect(process.env.DEV).toBeDefined() // vitest sets it: the situation this guards against
    for (const key of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']) expect(FORUM_ENV[key], key).toBeUndefined()
    expect(FORUM_ENV.NODE_ENV).toBe('production')
  })
})
