import { Hono, type Context } from 'hono'
import { getCookie } from 'hono/cookie'
import * as z from 'zod/mini'
import { deleteSession, deleteSessionsOf } from '../../../../db/queries/sessions'
import { handleSchema, passwordSchema } from '../../../mod-auth/credentials'
import { joinWithInvite } from '../../../mod-auth/invites'
import { hashSessionId, SESSION_COOKIE, startSession } from '../../../mod-auth/session'
import { checkSignIn } from '../../../mod-auth/sign-in'
import { safeNext } from '../../../mod-auth/next-page'
import { ApiError } from '../../errors'
import { enforceSignInLimit } from '../../rate-limit'
import { validate } from '../../validate'
import { isFormPost, signedIn, type ModEnv } from './guard'
import { clearSessionCookie, setSessionCookie } from './session-cookie'

const signInSchema = z.object({ handle: handleSchema, password: z.string({ error: 'Type your password.' }).check(z.minLength(1, 'Type your password.'), z.maxLength(200)) })
const joinSchema = z.object({ token: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'That invitation link is not complete.')), handle: handleSchema, password: passwordSchema })

const SIGN_IN_PAGE = '/mod/sign-in'

/** Sign-out answers a plain HTML form with a redirect, and fetch with JSON. */
const signedOut = (c: Context<ModEnv>) =>
  isFormPost(c) ? c.redirect(SIGN_IN_PAGE, 303) : c.json({ signedOut: true })

/** A new session replaces any this browser had (someone else's, on a shared computer): that one ends. */
async function startFreshSession(c: Context<ModEnv>, moderatorId: string) {
  const db = c.get('db')
  const previous = getCookie(c, SESSION_COOKIE, 'host')
  if (previous) await deleteSession(db, await hashSessionId(previous))
  const session = await startSession(db, moderatorId)
  setSessionCookie(c, session.cookieValue, session.expiresAt)
  return session
}

/** Checks the credentials and starts a session (cookie set), or throws the error to answer with. */
async function signInOrThrow(c: Context<ModEnv>, handle: string, password: string) {
  await enforceSignInLimit(c)
  const result = await checkSignIn(c.get('db'), handle, password)
  if (!result.ok) {
    if (result.reason === 'locked') {
      const seconds = Math.max(1, Math.ceil((result.retryAt.getTime() - Date.now()) / 1000))
      throw new ApiError('rate_limited', 'Too many wrong passwords for this handle. Wait a few minutes, then try again.', undefined, { 'Retry-After': String(seconds) })
    }
    if (result.reason === 'disabled') throw new ApiError('account_disabled', 'This account has been disabled. Ask an admin if you think that is a mistake.')
    throw new ApiError('sign_in_failed', 'That handle and password do not match.')
  }
  return { moderator: result.moderator, session: await startFreshSession(c, result.moderator.id) }
}

/** Sign-in, the current session, sign-out (here or everywhere), and joining with an invitation. */
export const modAuthRoutes = new Hono<ModEnv>()
  .post('/session', validate('json', signInSchema), async (c) => {
    const { handle, password } = c.req.valid('json')
    const { moderator, session } = await signInOrThrow(c, handle, password)
    return c.json({ moderator: { handle: moderator.handle, role: moderator.role }, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() })
  })

  // The sign-in page's plain HTML form (no JavaScript needed): redirects onward, or back with the error's code.
  .post('/session/form', validate('form', z.extend(signInSchema, { next: z.optional(z.string().check(z.maxLength(500))) })), async (c) => {
    const { handle, password, next } = c.req.valid('form')
    const onward = safeNext(next ?? null)
    try {
      await signInOrThrow(c, handle, password)
      return c.redirect(onward, 303)
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      return c.redirect(`${SIGN_IN_PAGE}?error=${error.code}&next=${encodeURIComponent(onward)}`, 303)
    }
  })

  .get('/session', signedIn, (c) => {
    const { handle, role, csrfToken } = c.get('moderator')
    return c.json({ moderator: { handle, role }, csrfToken })
  })

  .post('/session/sign-out', signedIn, async (c) => {
    await deleteSession(c.get('db'), c.get('moderator').idHash)
    clearSessionCookie(c)
    return signedOut(c)
  })

  .post('/session/sign-out-everywhere', signedIn, async (c) => {
    await deleteSessionsOf(c.get('db'), c.get('moderator').id)
    clearSessionCookie(c)
    return signedOut(c)
  })

  .post('/join', validate('json', joinSchema), async (c) => {
    const joined = await joinWithInvite(c.get('db'), c.req.valid('json'))
    if (!joined.ok) {
      if (joined.reason === 'taken') throw new ApiError('handle_taken', 'Someone already has that handle. Choose another.')
      throw new ApiError('invite_invalid', 'This invitation has expired or was already used. Ask an admin for a new link.')
    }
    const session = await startFreshSession(c, joined.moderator.id)
    return c.json({ moderator: { handle: joined.moderator.handle, role: joined.moderator.role }, csrfToken: session.csrfToken }, 201)
  })
