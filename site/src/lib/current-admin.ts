import type { AstroGlobal } from 'astro'
import { database } from '../../../db/client'
import type { Actor } from '../../../db/queries/partners'
import { moderatorFromCookie, SESSION_COOKIE_NAME } from '../../../worker/mod-auth/session'

/**
 * The signed-in admin, or null: the same session check as the moderator API, so a
 * disabled account or an ordinary moderator is refused here too.
 */
export async function currentAdmin(Astro: AstroGlobal): Promise<Actor | null> {
  const moderator = await moderatorFromCookie(database(Astro.locals.runtime.env.DB), Astro.cookies.get(SESSION_COOKIE_NAME)?.value)
  return moderator?.role === 'admin' ? { id: moderator.id, handle: moderator.handle } : null
}
