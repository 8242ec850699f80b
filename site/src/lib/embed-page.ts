import type { AstroGlobal } from 'astro'
import type { Database } from '../../../db/client'
import type { Partner } from '../../../db/queries/partners'
import { listSpaces, localizeSpace } from '../../../db/queries/spaces'
import { PARTNER_SLUG } from '../../../worker/partners/config'
import { findPartner } from '../../../worker/partners/directory'
import { pickLocale } from '../../../worker/lib/locale'
import { translator, type Locale, type Translate } from '../i18n'
import { embedLinks, type Links } from './links'
import { pageContext } from './page'

export type EmbedContext = {
  db: Database
  locale: Locale
  t: Translate
  country: string | null
  /** null when no partner has this slug: the page shows a clear error inside the frame. */
  partner: Partner | null
  links: Links
}

/**
 * What every embedded page needs: the partner (from the per-isolate directory), its
 * language, and links that stay inside the frame. An unknown partner answers 404 with an
 * explanation, in the reader's language. Framing headers are set by the Worker
 * (worker/embed/framing.ts), not here.
 */
export async function embedContext(Astro: AstroGlobal): Promise<EmbedContext> {
  const base = await pageContext(Astro)
  const slug = Astro.params.partner ?? ''
  const partner = PARTNER_SLUG.test(slug) ? await findPartner(base.db, slug) : null
  if (!partner) Astro.response.status = 404
  // Embedded pages are part of someone else's page: keep them out of search engines.
  Astro.response.headers.set('X-Robots-Tag', 'noindex')
  const locale = partner ? pickLocale(partner.locale, null) : base.locale
  return { db: base.db, locale, t: locale === base.locale ? base.t : await translator(locale, Astro.locals.runtime.env.ASSETS, Astro.url.origin), country: base.country, partner, links: embedLinks(slug) }
}

/** Whether the partner shows this space (a partner without a list shows every space). */
export const partnerShows = (partner: Partner, space: string) => !partner.spaces || partner.spaces.includes(space)

/** The partner's spaces in its language, in the forum's order. */
export async function partnerSpaces(db: Database, partner: Partner, locale: Locale) {
  return (await listSpaces(db)).filter((s) => partnerShows(partner, s.slug)).map((s) => localizeSpace(s, locale))
}
