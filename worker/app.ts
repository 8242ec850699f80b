import { database } from '../db/client'
import { purgeRemovedContent } from '../db/queries/erasure'
import { purgeIdempotencyKeys } from '../db/queries/idempotency'
import { purgeExpiredSessions } from '../db/queries/sessions'
import { purgeStaleThrottles } from '../db/queries/sign-in-throttle'
import { api } from './api'
import { rotateAbuseSalt } from './api/rate-limit'
import { frameAncestors } from './embed/framing'
import { isD1Unavailable } from './lib/d1-errors'
import { countingD1 } from './lib/query-counter'
import { alertWaitingItems } from './notify/notify-moderators'
import type { NotifyMessage } from './notify/payload'
import { consumeNotifications } from './queues/notify'
import { handleReviewBatch, type ReviewMessage } from './review/consumer'
import { microCached } from './page-cache'
import { thirdPartyFor, withSecurityHeaders } from './security-headers'

/** While D1 is unavailable an embed page cannot know its partner's origins: allow no framing. */
function unlessUnavailable(error: unknown): null {
  if (isD1Unavailable(error)) return null
  throw error
}

export type RenderPage = (request: Request, env: Env, ctx: ExecutionContext) => Promise<Response>

const DAY_MS = 24 * 60 * 60 * 1000
/** How long removed posts keep their words (wrangler.toml RETENTION_DAYS); 30 if unset or invalid. */
const retentionDays = (env: Env) => {
  const days = Number(env.RETENTION_DAYS)
  return Number.isFinite(days) && days >= 0 ? days : 30
}
/** wrangler.toml [triggers]: every minute for waiting-time alerts; the other schedule is daily housekeeping. */
const EVERY_MINUTE = '* * * * *'

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
      const ancestors = isApi ? null : await frameAncestors(database(d1.db), pathname).catch(unlessUnavailable)
      const response = isApi
        ? await api.fetch(request, counted, ctx)
        : renderPage ? await microCached(request, ctx, () => renderPage(request, counted, ctx)) : await env.ASSETS.fetch(request)
      const secured = withSecurityHeaders(response, ancestors ?? undefined, thirdPartyFor(pathname, env))
      secured.headers.append('Server-Timing', `d1;desc="${d1.count()}"`)
      return secured
    },

    async queue(batch, env) {
      switch (batch.queue) {
        case 'lantern-notify':
          return consumeNotifications(batch as MessageBatch<NotifyMessage>, env)
        case 'lantern-reviews':
          return handleReviewBatch(batch as MessageBatch<ReviewMessage>, env)
        default:
          // A queue without a consumer yet: keep its messages (retry) rather than drop them.
          console.warn(`no consumer for queue ${batch.queue}; retrying ${batch.messages.length} message(s)`)
          batch.retryAll()
      }
    },

    async scheduled(controller, env) {
      if (controller.cron === EVERY_MINUTE) {
        await alertWaitingItems(env)
        return
      }
      const db = database(env.DB)
      const now = Date.now()
      await rotateAbuseSalt(db, new Date(now))
      await purgeIdempotencyKeys(db, new Date(now - DAY_MS))
      await purgeExpiredSessions(db, new Date(now))
      await purgeStaleThrottles(db, new Date(now))
      await purgeRemovedContent(db, new Date(now - retentionDays(env) * DAY_MS))
    },
  }
}
