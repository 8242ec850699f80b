import { describe, expect, it } from 'vitest'
import { librarySize } from '../../moderation/cli/library-size'

// The budget for the library's bundle contribution, measured as `npm run bench` does.
describe('moderation library size', () => {
  it('stays within 120 KB gzip', async () => {
    expect((await librarySize()).gzip).toBeLessThanOrEqual(120 * 1024)
  })
})
