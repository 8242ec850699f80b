import type { AstroGlobal } from 'astro'
import { database } from '../../../db/client'
import { CHOICE_COOKIE_S } from '../../../worker/lib/locale'
import { LANG_COOKIE, localeFor, translator } from '../i18n'

/**
 * What every page needs: the database, the reader's locale and its messages, and the
 * country for crisis resources (Cloudflare's guess, which the reader can change).
 * Choosing a language with `?lang=` remembers it in a first-party cookie.
 */
export async function pageContext(Astro: AstroGlobal) {
  const env = Astro.locals.runtime.env
  const locale = localeFor(Astro.url, Astro.cookies.get(LANG_COOKIE)?.value, Astro.request.headers.get('accept-language'))
  if (Astro.url.searchParams.has('lang')) {
    Astro.cookies.set(LANG_COOKIE, locale, { path: '/', maxAge: CHOICE_COOKIE_S, sameSite: 'lax', httpOnly: true, secure: Astro.url.protocol === 'https:' })
  }
  const cf = Astro.locals.runtime.cf as { country?: string } | undefined
  return { db: database(env.DB), locale, t: await translator(locale, env.ASSETS, Astro.url.origin), country: cf?.country ?? null }
}
