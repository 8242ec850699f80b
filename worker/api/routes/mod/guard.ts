import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { constantTimeEqual } from '../../../mod-auth/constant-time'
import { moderatorFromCookie, SESSION_COOKIE, type SignedIn } from '../../../mod-auth/session'
import type { AppEnv } from '../../env'
import { ApiError } from '../../errors'

/** Hono's environment for moderator routes: the API's, plus who is signed in. */
export type ModEnv = { Bindings: Env; Variables: AppEnv['Variables'] & { moderator: SignedIn } }

export const CSRF_HEADER = 'X-CSRF-Token'
/** The hidden field HTML forms carry instead of the header (sign-out works without JavaScript). */
export const CSRF_FIELD = '_csrf'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)/i

export const isFormPost = (c: Context) => FORM_TYPES.test(c.req.header('Content-Type') ?? '')

async function presentedCsrfToken(c: Context): Promise<string> {
  const header = c.req.header(CSRF_HEADER)
  if (header) return header
  if (!isFormPost(c)) return ''
  const field = (await c.req.parseBody())[CSRF_FIELD]
  return typeof field === 'string' ? field : ''
}

/**
 * Every moderator endpoint but sign-in and joining: a live session on an enabled account,
 * and for any state change the session's CSRF token too. SameSite=Strict already keeps
 * the cookie off cross-site requests; the token is the second, independent lock.
 */
export const signedIn: MiddlewareHandler<ModEnv> = async (c, next) => {
  const moderator = await moderatorFromCookie(c.get('db'), getCookie(c, SESSION_COOKIE, 'host'))
  if (!moderator) throw new ApiError('not_signed_in', 'Sign in as a moderator first.')
  if (!SAFE_METHODS.has(c.req.method) && !constantTimeEqual(await presentedCsrfToken(c), moderator.csrfToken)) {
    throw new ApiError('csrf_invalid', 'This request did not carry the page’s security token. Reload the page and try again.')
  }
  c.set('moderator', moderator)
  await next()
}

export const adminOnly: MiddlewareHandler<ModEnv> = async (c, next) => {
  if (c.get('moderator').role !== 'admin') throw new ApiError('admin_only', 'Only an admin can do that.')
  await next()
}
