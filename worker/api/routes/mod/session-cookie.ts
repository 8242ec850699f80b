import type { Context } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import { SESSION_COOKIE } from '../../../mod-auth/session'

/** HttpOnly, Secure, SameSite=Strict, Path=/, and `__Host-` (Hono enforces the prefix's rules). */
export function setSessionCookie(c: Context, value: string, expiresAt: Date): void {
  setCookie(c, SESSION_COOKIE, value, { prefix: 'host', httpOnly: true, secure: true, sameSite: 'Strict', path: '/', expires: expiresAt })
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { prefix: 'host', httpOnly: true, secure: true, sameSite: 'Strict', path: '/' })
}
