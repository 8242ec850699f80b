// @ts-check
import { defineConfig } from 'astro/config'
import cloudflare from '@astrojs/cloudflare'
import svelte from '@astrojs/svelte'
import { embedLoader } from './site/src/embed/integration'
import { slimAstroRuntime } from './site/src/build/slim-astro-runtime'
import { messageCatalogues } from './site/src/i18n/integration'
import { islandsRuntimeChunk } from './site/src/build/client-chunks'

// One Worker: Astro renders pages, but the Worker entry is ours (worker/index.ts), which
// sends /api/* to Hono and runs the queue and cron handlers.
export default defineConfig({
  output: 'server',
  srcDir: './site/src',
  publicDir: './site/public',
  adapter: cloudflare({
    workerEntryPoint: { path: 'worker/index.ts', namedExports: [] },
    imageService: 'passthrough',
    platformProxy: { enabled: true },
  }),
  // No image service: see site/src/endpoints/no-images.ts.
  image: { endpoint: { route: '/_image', entrypoint: './site/src/endpoints/no-images.ts' } },
  integrations: [svelte({ compilerOptions: { discloseVersion: false } }), embedLoader(), messageCatalogues(), islandsRuntimeChunk()],
  // Reader pages are tiny; inline their CSS so the first response is one round trip.
  build: { inlineStylesheets: 'always' },
  // Same-origin form posts are checked by Astro; /api/* is guarded by hono/csrf.
  security: { checkOrigin: true },
  server: { port: 8787 },
  // Astro hashes every inline script it emits (island loader, hydration directives) and
  // sends them in a CSP header; worker/security-headers.ts builds the full policy from it,
  // so no inline script runs unless Astro wrote it.
  experimental: { csp: true },
  // terser squeezes a few more KB out of the islands than esbuild (islands budget: 30 KB gzip).
  vite: {
    plugins: [slimAstroRuntime()],
    build: { sourcemap: process.env.SOURCEMAP === '1', minify: 'terser', terserOptions: { compress: { passes: 2 }, format: { comments: false } } },
  },
})
