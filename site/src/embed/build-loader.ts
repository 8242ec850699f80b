import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'

/** Bundles and minifies loader.ts into the bytes served as /embed.js. */
export async function buildLoader(): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./loader.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
  })
  return result.outputFiles[0]!.contents
}
