import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

const CSP_CONFIG = /\/astro\/dist\/core\/csp\/config\.js$/
const ALGORITHMS = /const ALGORITHMS = \{[^}]*\};/

/**
 * Keeps Astro's copy of zod 3 (~13 KB gzip) out of the Worker bundle.
 *
 * At run time Astro needs one table from `astro/dist/core/csp/config.js` (the hash algorithms,
 * imported by its encryption module), but that file also builds the config's zod schemas at
 * module level, which no bundler can drop. Its schemas are only used when Astro reads
 * astro.config.mjs (in Node, not bundled), so the server build gets the table alone. The table
 * is copied from the installed file, and the build fails if Astro changes its shape.
 */
export function slimAstroRuntime(): Plugin {
  return {
    name: 'lantern-slim-astro-runtime',
    enforce: 'pre',
    load(id, options) {
      if (!options?.ssr || !CSP_CONFIG.test(id.replaceAll('\\', '/'))) return null
      const table = ALGORITHMS.exec(readFileSync(id, 'utf8'))
      if (!table) throw new Error(`${id}: no ALGORITHMS table; update site/src/build/slim-astro-runtime.ts for this Astro version`)
      return `${table[0]}\nexport { ALGORITHMS };\n`
    },
  }
}
