import type { Database } from '../../db/client'
import { PARTNER_SLUG } from '../partners/config'
import { findPartner } from '../partners/directory'
import { pageCsp } from '../security-headers'

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

/** Gives an embedded page its own full CSP, which the default page headers then keep. */
export async function withEmbedFraming(db: Database, pathname: string, response: Response): Promise<Response> {
  const ancestors = await frameAncestors(db, pathname)
  if (ancestors === null) return response
  const framed = new Response(response.body, response)
  framed.headers.set('Content-Security-Policy', pageCsp(ancestors))
  return framed
}
