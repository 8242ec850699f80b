import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import { isPartnerOrigin } from '../partners/directory'
import type { AppEnv } from './env'

/**
 * CORS for partner sites. The public JSON API answers browsers on any origin a partner has
 * listed (cached per isolate, see worker/partners/directory.ts); other origins get no CORS
 * headers at all, so their browsers refuse to read the answers. The OpenAPI document is
 * public and readable from anywhere. Partner endpoints (/api/partner/*) get none: their key
 * belongs on the partner's server, never in a browser.
 */
const PUBLIC_PATHS = ['/api/spaces', '/api/stories', '/api/replies', '/api/search']

export const CORS_REQUEST_HEADERS = ['Content-Type', 'X-Author-Key', 'Idempotency-Key', 'X-Lantern-Partner', 'X-Turnstile-Token']

const isPublic = (path: string) => PUBLIC_PATHS.some((p) => path === p || path.startsWith(`${p}/`))

const forListedOrigin = cors({
  origin: (origin) => origin,
  allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
  allowHeaders: CORS_REQUEST_HEADERS,
  exposeHeaders: ['Idempotent-Replayed', 'Retry-After'],
  maxAge: 600,
})
const forAnyone = cors({ origin: '*', allowMethods: ['GET'] })

export const partnerCors: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.path === '/api/openapi.json') return forAnyone(c, next)
  const origin = c.req.header('Origin')
  if (!origin || !isPublic(c.req.path)) return next()
  if (await isPartnerOrigin(c.get('db'), origin)) return forListedOrigin(c, next)
  await next()
  // Answers differ by Origin, so shared caches must key on it even when we say no.
  c.header('Vary', 'Origin', { append: true })
}
