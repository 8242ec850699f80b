import { mkdir, writeFile } from 'node:fs/promises'
import type { AstroIntegration } from 'astro'
import { es } from './es'
import { catalogueAsset } from './index'

/**
 * Writes the catalogues of the languages other than English into the built static assets,
 * where pages read them (./index.ts) instead of carrying them in the Worker bundle.
 */
export function messageCatalogues(): AstroIntegration {
  return {
    name: 'lantern-message-catalogues',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const file = new URL(catalogueAsset('es').slice(1), dir)
        await mkdir(new URL('.', file), { recursive: true })
        await writeFile(file, JSON.stringify(es))
        logger.info(`${catalogueAsset('es')} written`)
      },
    },
  }
}
