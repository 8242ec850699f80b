import { database } from '../db/client'
import { purgeIdempotencyKeys } from '../db/queries/idempotency'
import { api } from './api'
import { withEmbedFraming } from './embed/framing'
import { countingD1 } from './lib/query-counter'
import { handleReviewBatch, type ReviewMessage } from './review/consumer'
import { withSecurityHeaders } from './security-headers'

export type RenderPage = (request: Request, env: Env, ctx: ExecutionContext) => Promise<Response>

const DAY_MS = 24 * 60 * 60 * 1000
/** Must match the daily schedule in wrangler.toml. */
const DAILY = '17 3 * * *'

/**
 * The Worker without Astro: `/api/*` goes to the Hono app, every other path to
 * `renderPage` (Astro, in production) or to static assets. Tests build it with no
 * renderer, so they need no site build.
 */
export function createWorker(renderPage?: RenderPage): ExportedHandler<Env> {
  return {
    async fetch(request, env, ctx) {
      const { pathname } = new URL(request.url)
      const isApi = pathname === '/api' || pathname.startsWith('/api/')
      const d1 = countingD1(env.DB)
      const counted = { ...env, DB: d1.db }
      const response = isApi
        ? await api.fetch(request, counted, ctx)
        : await withEmbedFraming(database(d1.db), pathname, renderPage ? await renderPage(request, counted, ctx) : await env.ASSETS.fetch(request))
      const secured = withSecurityHeaders(response)
      secured.headers.append('Server-Timing', `d1;desc="${d1.count()}"`)
      return secured
    },

    async queue(batch, env) {
      if (batch.queue.startsWith('lantern-reviews')) await handleReviewBatch(batch as MessageBatch<ReviewMessage>, env)
    },

    async scheduled(controller, env) {
      if (controller.cron === DAILY) await purgeIdempotencyKeys(database(env.DB), new Date(Date.now() - DAY_MS))
    },
  }
}
