import type { Database } from '../../db/client'
import { insertSession, sessionWithModerator, type SessionRow } from '../../db/queries/sessions'
import { randomBytes, sha256Hex, toBase64Url } from '../lib/crypto'

/**
 * Moderator sessions. The cookie holds a random 256-bit id; D1 keeps only its SHA-256, so
 * a copy of the database cannot be replayed as a sign-in. `__Host-` pins the cookie to this
 * origin, HTTPS and path /; SameSite=Strict keeps it off cross-site requests.
 */
export const SESSION_COOKIE = 'lantern_mod'
/** The name as browsers store it (Hono adds the prefix itself with `prefix: 'host'`). */
export const SESSION_COOKIE_NAME = `__Host-${SESSION_COOKIE}`
/** One night shift; after that, sign in again. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000

const ID_PATTERN = /^[A-Za-z0-9_-]{43}$/

export type SignedIn = Pick<SessionRow, 'id' | 'handle' | 'role' | 'csrfToken' | 'idHash'>

export const hashSessionId = (id: string) => sha256Hex(`lantern:session:${id}`)

/** Starts a session and returns the cookie value (shown to the browser only). */
export async function startSession(db: Database, moderatorId: string, now = new Date()): Promise<{ cookieValue: string; csrfToken: string; expiresAt: Date }> {
  const cookieValue = toBase64Url(randomBytes(32))
  const csrfToken = toBase64Url(randomBytes(32))
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS)
  await insertSession(db, { idHash: await hashSessionId(cookieValue), moderatorId, csrfToken, expiresAt })
  return { cookieValue, csrfToken, expiresAt }
}

/** The moderator a cookie belongs to, or null (no cookie, unknown, expired, or account disabled). */
export async function moderatorFromCookie(db: Database, cookieValue: string | undefined, now = new Date()): Promise<SignedIn | null> {
  if (!cookieValue || !ID_PATTERN.test(cookieValue)) return null
  const row = await sessionWithModerator(db, await hashSessionId(cookieValue), now)
  return row ? { id: row.id, handle: row.handle, role: row.role, csrfToken: row.csrfToken, idHash: row.idHash } : null
}
