import { helpingSomeoneElse, resourceEntries, resourcesFor, type ResourceEntry } from '../../moderation/resources'
import type { Decision } from '../../moderation/policy'
import { heldText, noticeText } from '../../moderation/policy/messages'
import { withPartnerLines } from '../partners/resources'

type PartnerLines = Parameters<typeof withPartnerLines>[1]

/** A country's crisis resources as the ordered list the API returns, a partner's own lines first. */
export function resourceList(country: string | null, lang: string, emergencyFirst: boolean, partner?: PartnerLines | null): ResourceEntry[] {
  const resources = resourcesFor(country, lang)
  return resourceEntries(partner ? withPartnerLines(resources, partner) : resources, emergencyFirst)
}

/** What the API tells a poster about their post's moderation, in their language. */
export function supportFor(decision: Decision, country: string | null, lang: string, partner?: PartnerLines | null) {
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
    resources: show ? resourceList(country, lang, decision.emergencyFirst, partner) : [],
  }
}
