import type { Context } from 'hono'
import type { Partner } from '../../db/queries/partners'
import { PARTNER_SLUG } from '../partners/config'
import { findPartner } from '../partners/directory'
import type { AppEnv } from './env'

/** Sent by the site's islands inside an embedded page (site/src/lib/api-client.ts). */
export const PARTNER_HEADER = 'X-Lantern-Partner'

/**
 * The partner whose embed a post was written through, for its statistics and its stricter
 * policy. Anyone can send the header, which is acceptable because it can only attribute a
 * post to a partner and make its moderation stricter, never looser. An unknown slug is
 * ignored rather than refused: a post must never be lost over attribution.
 */
export async function writtenThrough(c: Context<AppEnv>): Promise<Partner | null> {
  const slug = c.req.header(PARTNER_HEADER)
  if (!slug || !PARTNER_SLUG.test(slug)) return null
  return findPartner(c.get('db'), slug)
}
