import { Hono, type MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { csrf } from 'hono/csrf'
import { HTTPException } from 'hono/http-exception'
import { database } from '../../db/client'
import { RETRY_AFTER_SECONDS, errorText, isD1Unavailable } from '../lib/d1-errors'
import { isPartnerOrigin } from '../partners/directory'
import { partnerCors } from './cors'
import type { AppEnv } from './env'
import { ApiError, type ErrorBody } from './errors'
import { limitWrites } from './rate-limit'
import { meRoutes } from './routes/me'
import { modRoutes } from './routes/mod'
import { openApiRoutes } from './routes/openapi'
import { partnerRoutes } from './routes/partner'
import { repliesRoutes } from './routes/replies'
import { resourcesRoutes } from './routes/resources'
import { reportsRoutes } from './routes/reports'
import { searchRoutes } from './routes/search'
import { spacesRoutes } from './routes/spaces'
import { storiesRoutes } from './routes/stories'

/** A Hono error that is not ours (malformed JSON, CSRF refusal) in the API's envelope. */
function fromHttpException(err: HTTPException): ApiError {
  if (err.status === 400) return new ApiError('invalid_json', 'The request body is not valid JSON.')
  if (err.status === 403) return new ApiError('forbidden', 'This request came from another site and was refused.')
  if (err.status === 413) return new ApiError('payload_too_large', 'That request is too large.')
  return new ApiError('internal', err.message)
}

/**
 * CSRF: refuse cross-site form posts, except from partner origins (which may call the API
 * from their pages). Hono's check counts a request without a content type as a form, which
 * would refuse a plain DELETE from a partner's server; such a request carries no form data,
 * and writes need X-Author-Key, which browsers only send cross-site after a CORS preflight.
 */
const formCsrf = csrf({ origin: (origin, c) => origin === new URL(c.req.url).origin || isPartnerOrigin(c.get('db'), origin) })
const csrfForForms: MiddlewareHandler<AppEnv> = (c, next) => (c.req.header('Content-Type') ? formCsrf(c, next) : next())

const routes = new Hono<AppEnv>()
  .basePath('/api')
  .use(async (c, next) => {
    c.set('db', database(c.env.DB))
    await next()
    c.header('Cache-Control', c.res.headers.get('Cache-Control') ?? 'no-store')
  })
  .use(partnerCors)
  .use(csrfForForms)
  .use(bodyLimit({ maxSize: 128 * 1024, onError: () => { throw new ApiError('payload_too_large', 'That request is too large (128 KB at most).') } }))
  .route('/spaces', spacesRoutes)
  .use('/stories/*', limitWrites)
  .use('/replies/*', limitWrites)
  .use('/reports/*', limitWrites)
  .use('/me/appeals', limitWrites)
  .route('/stories', storiesRoutes)
  .route('/replies', repliesRoutes)
  .route('/search', searchRoutes)
  .route('/me', meRoutes)
  .route('/resources', resourcesRoutes)
  .route('/partner', partnerRoutes)
  .route('/openapi.json', openApiRoutes)
  .route('/reports', reportsRoutes)
  .route('/mod', modRoutes)

routes.notFound((c) => c.json<ErrorBody>({ error: { code: 'not_found', message: `No API endpoint at ${c.req.method} ${c.req.path}.` } }, 404))

routes.onError((err, c) => {
  const apiError = err instanceof ApiError ? err : err instanceof HTTPException ? fromHttpException(err) : null
  if (apiError) return c.json(apiError.body(), apiError.status, apiError.headers)
  if (isD1Unavailable(err)) {
    console.warn('database unavailable', errorText(err))
    const busy = new ApiError('unavailable', 'We cannot save or load right now. What you wrote is still in your browser: try again in a few seconds.')
    return c.json(busy.body(), busy.status, { 'Retry-After': String(RETRY_AFTER_SECONDS) })
  }
  console.error('unhandled API error', err)
  const body: ErrorBody = {
    error: { code: 'internal', message: 'Something went wrong on our side. What you wrote is still in your browser: please try again.' },
  }
  return c.json(body, 500)
})

/** The whole JSON API; `AppType` gives clients typed access (hono/client). */
export const api = routes
export type AppType = typeof routes
