import { helpingSomeoneElse, resourceEntries, resourcesFor, type ResourceEntry } from '../../moderation/resources'
import type { Decision } from '../../moderation/policy'
import { heldText, noticeText } from '../../moderation/policy/messages'

/** A country's crisis resources as the ordered list the API returns. */
export const resourceList = (country: string | null, lang: string, emergencyFirst: boolean): ResourceEntry[] =>
  resourceEntries(resourcesFor(country, lang), emergencyFirst)

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
