import type { Context } from 'hono'
import type { Database } from '../../db/client'
import { getSpace, type Space } from '../../db/queries/spaces'
import type { PostStatus } from '../../db/schema'
import { resolvePolicy, stricter } from '../../moderation/policy'
import type { Partner } from '../../db/queries/partners'
import { findPartner } from '../partners/directory'
import { readPartnerPolicy } from '../partners/policy'
import { pickLocale } from '../lib/locale'
import type { AppEnv } from '../api/env'
import { ApiError } from '../api/errors'

/** The poster's country for resources: their own choice wins over Cloudflare's guess. */
export function posterCountry(c: Context<AppEnv>, chosen?: string): string | null {
  const cf = (c.req.raw as { cf?: { country?: string } }).cf
  return chosen ?? cf?.country ?? null
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
