/**
 * The Worker's entry, built by Astro's Cloudflare adapter (`workerEntryPoint` in
 * astro.config.mjs): Astro renders pages, and everything else is in createWorker.
 */
import { handle } from '@astrojs/cloudflare/handler'
import type { SSRManifest } from 'astro'
import { App } from 'astro/app'
import { createWorker } from './app'

export function createExports(manifest: SSRManifest) {
  const app = new App(manifest)
  return {
    default: createWorker((request, env, ctx) => handle(manifest, app, request as never, env as never, ctx)),
  }
}
