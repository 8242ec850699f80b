/// <reference lib="webworker" />
/**
 * Runs the moderation screen off the main thread while a person writes, so typing stays
 * smooth and the (large) lexicons load only in the composer. It answers with what the
 * server will decide, the stigma and personal-data findings to show inline, and the
 * crisis resources for the chosen country.
 */
import { screen } from '../../../moderation'
import { DEFAULT_POLICY, decide, resolvePolicy } from '../../../moderation/policy'
import { heldText, noticeText } from '../../../moderation/policy/messages'
import { helpingSomeoneElse, resourcesFor } from '../../../moderation/resources'
import type { ScreenRequest, ScreenResponse } from './screen-protocol'

self.onmessage = (event: MessageEvent<ScreenRequest>) => {
  const { id, title, body, country, locale, policy } = event.data
  const prefix = title ? `${title}\n\n` : ''
  const text = prefix + body
  const screening = screen(text, { country: country ?? undefined })
  const decision = decide(screening, policy ? resolvePolicy(policy) : DEFAULT_POLICY)
  const toField = (start: number, end: number) =>
    start >= prefix.length ? { field: 'body' as const, start: start - prefix.length, end: end - prefix.length } : { field: 'title' as const, start, end }
  const response: ScreenResponse = {
    id,
    level: screening.crisis.level,
    subject: screening.crisis.subject,
    decision: { status: decision.status, notice: decision.notice, showResources: decision.showResources, emergencyFirst: decision.emergencyFirst },
    message: noticeText(decision.notice, locale),
    held: heldText(decision, locale),
    stigma: screening.stigma.map((f) => ({ ...toField(f.start, f.end), term: f.term, suggestion: f.suggestion, dropIn: f.dropIn, guide: f.guide })),
    pii: screening.pii.map((p) => ({ ...toField(p.start, p.end), kind: p.kind, term: text.slice(p.start, p.end) })),
    resources: resourcesFor(country, locale),
    friend: decision.notice === 'friend' ? helpingSomeoneElse(locale) : null,
  }
  self.postMessage(response)
}
