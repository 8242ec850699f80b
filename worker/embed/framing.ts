import type { Database } from '../../db/client'
import { PARTNER_SLUG } from '../partners/config'
import { findPartner } from '../partners/directory'

/** The partner slug of an embedded page's path (`/embed/<partner>/...`), or null. */
export function embedSlug(pathname: string): string | null {
  const match = /^\/embed\/([^/]+)(?:\/|$)/.exec(pathname)
  return match?.[1] ?? null
}

/**
 * Who may frame this page. Embedded pages may be framed by their partner's allowed origins
 * only (validated as exact origins when stored, so they are safe in a CSP header). A page
 * for a partner that does not exist is only an error message, and showing it inside the
 * frame tells a partner's developer what is wrong, so anyone may frame that one. Every
 * other page keeps the default, `frame-ancestors 'none'`.
 */
export async function frameAncestors(db: Database, pathname: string): Promise<string | null> {
  const slug = embedSlug(pathname)
  if (slug === null) return null
  const partner = PARTNER_SLUG.test(slug) ? await findPartner(db, slug) : null
  return partner ? partner.allowedOrigins.join(' ') : '*'
}
