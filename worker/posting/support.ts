import { helpingSomeoneElse, resourcesFor } from '../../moderation/resources'
import type { Decision } from '../../moderation/policy'
import { heldText, noticeText } from '../../moderation/policy/messages'

/** One line of help, in the order the poster should see it. */
export type ResourceEntry = {
  kind: 'emergency' | 'helpline' | 'directory'
  name: string
  phone?: string
  text?: string
  chat?: string
  url?: string
  hours?: string
}

/**
 * Crisis resources for a country as a flat, ordered list. For imminent danger the
 * emergency number comes first; otherwise listening lines come first and the emergency
 * number follows. The international directory is always last, so the list is never empty.
 */
export function resourceList(country: string | null, lang: string, emergencyFirst: boolean): ResourceEntry[] {
  const r = resourcesFor(country, lang)
  const emergency: ResourceEntry[] = r.emergency ? [{ kind: 'emergency', name: r.countryName, phone: r.emergency.number }] : []
  const lines: ResourceEntry[] = r.helplines.map((h) => ({
    kind: 'helpline',
    name: h.name,
    ...(h.phone ? { phone: h.phone } : {}),
    ...(h.text ? { text: h.text } : {}),
    ...(h.chat ? { chat: h.chat } : {}),
    ...(h.url ? { url: h.url } : {}),
    hours: h.hours,
  }))
  const directory: ResourceEntry = { kind: 'directory', name: r.fallback.name, url: r.fallback.url }
  return [...(emergencyFirst ? [...emergency, ...lines] : [...lines, ...emergency]), directory]
}

/** What the API tells a poster about their post's moderation, in their language. */
export function supportFor(decision: Decision, country: string | null, lang: string) {
  const show = decision.showResources || decision.notice === 'friend'
  return {
    moderation: {
      status: decision.status,
      notice: decision.notice,
      message: noticeText(decision.notice, lang),
      held: heldText(decision, lang),
      country,
      resourcesUrl: `/resources${country ? `?country=${country}` : ''}`,
      ...(decision.notice === 'friend' ? { helpingSomeoneElse: helpingSomeoneElse(lang) } : {}),
    },
    resources: show ? resourceList(country, lang, decision.emergencyFirst) : [],
  }
}
