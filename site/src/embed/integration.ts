import { writeFile } from 'node:fs/promises'
import type { AstroIntegration } from 'astro'
import { buildLoader } from './build-loader'

const HEADERS = { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' }

/**
 * Serves the partner loader at /embed.js: written into the built assets by `astro build`
 * (its cache headers come from site/public/_headers), and built on request by `astro dev`.
 */
export function embedLoader(): AstroIntegration {
  return {
    name: 'lantern-embed-loader',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const bytes = await buildLoader()
        await writeFile(new URL('embed.js', dir), bytes)
        logger.info(`embed.js: ${bytes.length} bytes`)
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/embed.js', (_req, res) => {
          buildLoader().then(
            (bytes) => res.writeHead(200, HEADERS).end(bytes),
            (error: unknown) => res.writeHead(500, { 'Content-Type': 'text/plain' }).end(`embed.js failed to build: ${String(error)}`),
          )
        })
      },
    },
  }
}
