import type { PartnerResource } from '../../db/schema'
import type { Helpline, Resources } from '../../moderation/resources'

/**
 * Crisis resources as a partner's readers see them: the partner's own lines first, then
 * every checked line for the reader's country, with the emergency number where it always
 * is. Partner lines are the partner's responsibility, so they are not marked verified and
 * never count towards "a line is open day and night".
 */
export function withPartnerLines(resources: Resources, partner: { slug: string; name: string; resources: PartnerResource[] | null }): Resources {
  const own = (partner.resources ?? []).map(
    (line, i): Helpline => ({
      id: `partner:${partner.slug}:${i}`,
      country: resources.country ?? '',
      name: line.name,
      ...(line.phone ? { phone: line.phone } : {}),
      ...(line.text ? { text: line.text } : {}),
      ...(line.url ? { url: line.url } : {}),
      hours: line.hours ?? '',
      note: partner.name,
      verified: false,
      sources: [],
      lastChecked: '',
    }),
  )
  return { ...resources, helplines: [...own, ...resources.helplines] }
}
