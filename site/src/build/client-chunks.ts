import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'

/** The Svelte runtime, Astro's Svelte client, and our helpers that most reader islands import
 * (the support panel after a post, a reply or an edit, the draft of the composer and the reply
 * form, and the author key's form and copy button of /me and the embed's key panel). */
const RUNTIME = /\/node_modules\/(svelte|@astrojs\/svelte)\/|\/site\/src\/(lib\/(api-client|author-key-store|storage-probe|links|draft\.svelte|hydrated\.svelte)|build\/svelte-client)\.ts$|\/site\/src\/components\/(SupportOutcome|ResourceList|AuthorKeyForm|AuthorKeyCopy)\.svelte$/

/**
 * The islands' shared code in one chunk. Rollup would split it by which islands import
 * what into thirteen files of 0.1–12 KB, and every reader page loads nearly all of them
 * anyway: one file compresses better (shared names and code in one gzip window, no import
 * lists between the pieces) and is one request instead of up to thirteen.
 * Client build only: the server build and the screening worker are not affected.
 */
export function islandsRuntimeChunk(): AstroIntegration {
  return {
    name: 'lantern-islands-runtime-chunk',
    hooks: {
      'astro:build:setup': ({ vite, target }) => {
        if (target !== 'client') return
        const rollup = ((vite.build ??= {}).rollupOptions ??= {})
        const output = (rollup.output ??= {})
        if (Array.isArray(output) || output.manualChunks) throw new Error('islandsRuntimeChunk: expected one rollup output without manualChunks')
        output.manualChunks = (id) => (RUNTIME.test(id.replaceAll('\\', '/')) ? 'runtime' : undefined)
        // Astro's Svelte client renderer, as this site uses it (./svelte-client.ts says what is left out).
        const alias = ((vite.resolve ??= {}).alias ??= [])
        if (!Array.isArray(alias)) throw new Error('islandsRuntimeChunk: expected resolve.alias as a list')
        alias.push({ find: /^@astrojs\/svelte\/client\.js$/, replacement: fileURLToPath(new URL('./svelte-client.ts', import.meta.url)) })
      },
    },
  }
}
