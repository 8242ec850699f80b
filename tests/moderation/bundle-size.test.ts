import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

// The budget for the library's bundle contribution, measured as `npm run bench` does
// (moderation/cli/bench.ts): moderation/index.ts bundled and minified by esbuild, then gzipped.
describe('moderation library size', () => {
  it('stays within 120 KB gzip', async () => {
    const res = await build({ entryPoints: ['moderation/index.ts'], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' })
    expect(gzipSync(res.outputFiles[0]!.contents).length).toBeLessThanOrEqual(120 * 1024)
  })
})
