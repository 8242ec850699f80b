import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

const ALGORITHMS = /const ALGORITHMS = \{[^}]*\};/

/** A module whose every export throws, naming this file, if anything ever calls it in the Worker. */
const refusing = (what: string, exports: string[]) =>
  [
    `const unavailable = () => { throw new Error(${JSON.stringify(`${what} is left out of the Worker (site/src/build/slim-astro-runtime.ts)`)}) }`,
    ...exports.map((name) => `export const ${name} = unavailable`),
  ].join('\n')

/**
 * Server-build replacements for modules of Astro's runtime that this site never runs, each
 * matched by its path in node_modules, with why it is safe.
 */
const STUBS: { path: RegExp; code: (id: string) => string }[] = [
  {
    // At run time Astro needs one table from it (the hash algorithms, for its encryption
    // module), but the file also builds the config's zod schemas at module level, which drags
    // in Astro's own copy of zod 3 and which no bundler can drop. The schemas are used only when
    // Astro reads astro.config.mjs, in Node. The table is copied from the installed file, and
    // the build fails if Astro changes its shape.
    path: /\/astro\/dist\/core\/csp\/config\.js$/,
    code: (id) => {
      const table = ALGORITHMS.exec(readFileSync(id, 'utf8'))
      if (!table) throw new Error(`${id}: no ALGORITHMS table; update site/src/build/slim-astro-runtime.ts for this Astro version`)
      return `${table[0]}\nexport { ALGORITHMS };\n`
    },
  },
  {
    // Imported by Astro's actions module only to look for a src/actions file while building
    // (we have none), yet it compiles WebAssembly when the Worker starts.
    path: /\/es-module-lexer\/dist\/lexer\.js$/,
    code: () => `${refusing('es-module-lexer', ['initSync', 'parse'])}\nexport const init = undefined\nexport const ImportType = {}`,
  },
  {
    // Sessions (Astro.session) with unstorage, its drivers and devalue: the Cloudflare adapter
    // configures a KV session driver by default, so Astro creates a session object for every
    // request and saves it afterwards (a no-op while nothing was set), but no page or
    // middleware here uses Astro.session (nothing is kept about readers between requests).
    // The stand-in keeps what Astro calls on every request and refuses everything else.
    path: /\/astro\/dist\/core\/session\.js$/,
    code: () =>
      [
        refusing('Astro.session', []),
        'export const PERSIST_SYMBOL = Symbol()',
        'export class AstroSession {',
        '  [PERSIST_SYMBOL]() {}',
        '  get id() { return unavailable() }',
        '}',
        `for (const method of ['get', 'set', 'has', 'delete', 'destroy', 'regenerate', 'load', 'keys', 'values', 'entries']) AstroSession.prototype[method] = unavailable`,
      ].join('\n'),
  },
  {
    // The session driver, imported lazily by the manifest for the session stand-in above,
    // which never asks for it.
    path: /\/unstorage\/drivers\/cloudflare-kv-binding\.mjs$/,
    code: () => `${refusing('The unstorage KV driver', [])}\nexport default unavailable`,
  },
  {
    // Astro actions: there is no src/actions here, so every action name is unknown; Astro
    // still looks at each request for an action to run (a POST with ?_action=). Without
    // actions none runs and no action result is ever set, which is also what keeps the
    // result readers (deserializeActionResult, getActionQueryString) unreachable.
    path: /\/astro\/dist\/actions\/runtime\/server\.js$/,
    code: () => `${refusing('Astro actions', ['defineAction', 'formDataToObject'])}\nexport const getActionContext = () => ({ action: undefined })`,
  },
  {
    path: /\/astro\/dist\/actions\/runtime\/shared\.js$/,
    code: () => refusing('Astro actions', ['deserializeActionResult', 'getActionQueryString']),
  },
  {
    // devalue is left only for Svelte's server renderer, which serializes the values of
    // `hydratable()` with it, and no component here calls hydratable() (with nothing
    // registered the renderer never reaches devalue).
    path: /\/devalue\/index\.js$/,
    code: () => refusing('devalue (Svelte hydratable())', ['uneval', 'parse', 'unflatten', 'stringify', 'stringifyAsync']),
  },
  {
    // Astro's i18n routing: astro.config.mjs has no `i18n` (our languages are site/src/i18n),
    // so Astro installs a pass-through middleware and its locale getters return before they
    // reach these helpers. Configuring Astro i18n with these stubs fails on the first request.
    path: /\/astro\/dist\/i18n\/middleware\.js$/,
    code: () =>
      `${refusing('Astro i18n routing', [])}\nexport const createI18nMiddleware = (i18n) => i18n ? unavailable() : (_, next) => next()`,
  },
  {
    path: /\/astro\/dist\/i18n\/utils\.js$/,
    code: () => refusing('Astro i18n routing', ['computeCurrentLocale', 'computePreferredLocale', 'computePreferredLocaleList', 'toRoutingStrategy', 'toFallbackType', 'fromRoutingStrategy', 'parseLocale']),
  },
  {
    path: /\/astro\/dist\/i18n\/index\.js$/,
    code: () => refusing('Astro i18n routing', ['normalizeTheLocale']),
  },
]

/**
 * Keeps modules of Astro's server runtime that this server-only site never runs out of the
 * Worker bundle (STUBS above says which and why), in the server build only; the client
 * build and `astro dev` use the real files.
 */
export function slimAstroRuntime(): Plugin {
  return {
    name: 'lantern-slim-astro-runtime',
    apply: 'build',
    enforce: 'pre',
    load(id, options) {
      if (!options?.ssr) return null
      const path = id.replaceAll('\\', '/')
      return STUBS.find((stub) => stub.path.test(path))?.code(id) ?? null
    },
  }
}
