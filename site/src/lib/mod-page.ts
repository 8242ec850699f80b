import type { AstroGlobal } from 'astro'
import { moderatorFromCookie, SESSION_COOKIE_NAME, type SignedIn } from '../../../worker/mod-auth/session'
import { triageConfig } from '../../../worker/triage/config'
import { pageContext } from './page'

/**
 * What every moderator page needs: the reader's page context, the signed-in volunteer
 * (the same session check as the API, so a disabled account is refused here too) and the
 * triage settings. Moderator pages are never cached and say so to search engines.
 *
 * @example
 * const page = await modPage(Astro, { admin: true })
 * if (page instanceof Response) return page
 */
export async function modPage(Astro: AstroGlobal, opts: { admin?: boolean } = {}) {
  Astro.response.headers.set('Cache-Control', 'no-store')
  Astro.response.headers.set('X-Robots-Tag', 'noindex')
  const context = await pageContext(Astro)
  const moderator = await moderatorFromCookie(context.db, Astro.cookies.get(SESSION_COOKIE_NAME)?.value)
  if (!moderator) return Astro.redirect(`/mod/sign-in?next=${encodeURIComponent(Astro.url.pathname + Astro.url.search)}`, 303)
  const allowed = !opts.admin || moderator.role === 'admin'
  if (!allowed) Astro.response.status = 403
  return { ...context, moderator: moderator as SignedIn, allowed, config: triageConfig(Astro.locals.runtime.env) }
}

/** Sign-in and joining: no session needed, but the same headers; a signed-in volunteer goes straight to the queue. */
export async function modPublicPage(Astro: AstroGlobal) {
  Astro.response.headers.set('Cache-Control', 'no-store')
  Astro.response.headers.set('X-Robots-Tag', 'noindex')
  const context = await pageContext(Astro)
  const moderator = await moderatorFromCookie(context.db, Astro.cookies.get(SESSION_COOKIE_NAME)?.value)
  return { ...context, signedIn: moderator !== null }
}

export { safeNext } from '../../../worker/mod-auth/next-page'
