// The library's bundle contribution as the 120 KB budget counts it: moderation/index.ts
// bundled and minified by esbuild (ESM), then gzipped. `npm run bench` prints it and
// tests/moderation/bundle-size.test.ts asserts it, so both always measure the same thing.
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

/** Bytes of the minified library bundle, raw and gzipped. */
export async function librarySize(): Promise<{ raw: number; gzip: number }> {
  const res = await build({
    entryPoints: ['moderation/index.ts'], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent',
  })
  const code = res.outputFiles[0]!.contents
  return { raw: code.length, gzip: gzipSync(code).length }
}
