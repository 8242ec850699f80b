import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

const CSP_CONFIG = /\/astro\/dist\/core\/csp\/config\.js$/
const ALGORITHMS = /const ALGORITHMS = \{[^}]*\};/
const MODULE_LEXER = /\/es-module-lexer\/dist\/lexer\.js$/

/**
 * Keeps two build-time-only modules that Astro's server runtime imports out of the Worker
 * bundle (~19 KB gzip together), in the server build only:
 *
 * - `astro/dist/core/csp/config.js`: at run time Astro needs one table from it (the hash
 *   algorithms, for its encryption module), but the file also builds the config's zod schemas
 *   at module level, which drags in Astro's own copy of zod 3 and which no bundler can drop.
 *   The schemas are used only when Astro reads astro.config.mjs, in Node. The table is copied
 *   from the installed file, and the build fails if Astro changes its shape.
 * - `es-module-lexer`: imported by Astro's actions module only to look for a src/actions file
 *   while building (we have none), yet it compiles WebAssembly when the Worker starts.
 *   Calling it in the Worker throws with this explanation instead.
 */
export function slimAstroRuntime(): Plugin {
  return {
    name: 'lantern-slim-astro-runtime',
    apply: 'build',
    enforce: 'pre',
    load(id, options) {
      if (!options?.ssr) return null
      const path = id.replaceAll('\\', '/')
      if (CSP_CONFIG.test(path)) {
        const table = ALGORITHMS.exec(readFileSync(id, 'utf8'))
        if (!table) throw new Error(`${id}: no ALGORITHMS table; update site/src/build/slim-astro-runtime.ts for this Astro version`)
        return `${table[0]}\nexport { ALGORITHMS };\n`
      }
      if (MODULE_LEXER.test(path)) {
        return [
          'const unavailable = () => { throw new Error("es-module-lexer is left out of the Worker (site/src/build/slim-astro-runtime.ts)") }',
          'export const init = undefined',
          'export const initSync = unavailable',
          'export const parse = unavailable',
          'export const ImportType = {}',
        ].join('\n')
      }
      return null
    },
  }
}
