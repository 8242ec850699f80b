import type { Context } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import type { Database } from '../../db/client'
import { getSpace, type Space } from '../../db/queries/spaces'
import type { PostStatus } from '../../db/schema'
import { resolvePolicy, stricter } from '../../moderation/policy'
import type { Partner } from '../../db/queries/partners'
import { findPartner } from '../partners/directory'
import { readPartnerPolicy } from '../partners/policy'
import { CHOICE_COOKIE_S, pickLocale } from '../lib/locale'
import type { AppEnv } from '../api/env'
import { ApiError } from '../api/errors'

// The country a poster chose in the composer for crisis lines, remembered in a first-party
// cookie sent to the API only, so that their replies and edits bring the same lines: the
// fallback, Cloudflare's guess from the connection, is wrong behind a VPN (and absent
// locally). Like the language cookie, it holds only what the person picked.
const COUNTRY_COOKIE = 'country'

/** The poster's country for resources: their choice in this post, then the one they made
 * when posting before, then Cloudflare's guess. */
export function posterCountry(c: Context<AppEnv>, chosen?: string): string | null {
  const remembered = getCookie(c, COUNTRY_COOKIE)
  const cf = (c.req.raw as { cf?: { country?: string } }).cf
  return chosen ?? (remembered && /^[A-Z]{2}$/.test(remembered) ? remembered : null) ?? cf?.country ?? null
}

/** Remembers a country chosen in the composer for the poster's next posts (see above). */
export function rememberCountry(c: Context<AppEnv>, chosen: string): void {
  setCookie(c, COUNTRY_COOKIE, chosen, { path: '/api/', maxAge: CHOICE_COOKIE_S, sameSite: 'Lax', httpOnly: true, secure: new URL(c.req.url).protocol === 'https:' })
}

/** The language to speak to the poster in (the interface's, not the post's). */
export const posterLocale = (c: Context<AppEnv>) => pickLocale(c.req.query('lang'), c.req.header('Accept-Language'))

/**
 * A space and the moderation policy that applies in it: the space's own settings, made
 * stricter (never looser) by the partner site the post was written through, if any.
 */
export const spaceWithPolicy = async (db: Database, slug: string, partner?: Pick<Partner, 'policy'> | null) =>
  withPolicy(await getSpace(db, slug), slug, partner)

/** The same, for a space already read (`undefined` or null if there is none called `slug`). */
export function withPolicy<S extends Pick<Space, 'policy'>>(space: S | undefined | null, slug: string, partner?: Pick<Partner, 'policy'> | null) {
  if (!space) throw new ApiError('space_not_found', `There is no space called "${slug}".`)
  return { space, policy: stricter(resolvePolicy(space.policy), partner ? readPartnerPolicy(partner.policy) : null) }
}

/** The partner a story was written through, whose stricter policy also covers its replies and edits. */
export const partnerOfStory = (db: Database, story: { partnerSlug: string | null }) =>
  story.partnerSlug ? findPartner(db, story.partnerSlug) : Promise.resolve(null)

/**
 * Status after an author's edit: an edit can hold a published post, but never publishes
 * a held or removed one: that stays a person's decision.
 */
export const statusAfterEdit = (current: PostStatus, screened: 'published' | 'held'): PostStatus =>
  current === 'published' ? screened : current
