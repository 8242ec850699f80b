import { SCREEN_VERSION, screen, type Screening } from '../../moderation'
import { decide, redactText, type Decision, type Policy } from '../../moderation/policy'
import { redactionLabel } from '../../moderation/policy/messages'
import { renderMarkdown } from '../lib/markdown'

export type PostInput = { title?: string; body: string; lang?: string; country?: string | null }

/** The screening as stored with a post: spans index `title + "\n\n" + body`, body from `bodyOffset`. */
export type StoredScreening = Screening & { bodyOffset: number }

/** A post ready to store: public (redacted) text, rendered HTML, status and screening. */
export type PreparedPost = {
  title?: string
  body: string
  bodyHtml: string
  originalTitle: string | null
  originalBody: string | null
  status: 'published' | 'held'
  lang: string
  crisisLevel: Screening['crisis']['level']
  crisisSubject: Screening['crisis']['subject']
  screening: StoredScreening
  screenVersion: string
  decision: Decision
}

/**
 * Search marks matches with two private-use characters (db/queries/search.ts) and turns
 * them into <mark> after escaping; typed into a post they would become markup, so they go.
 */
const withoutMarkers = (text: string) => text.replace(/[\uE000\uE001]/g, '')

/**
 * Screens what a person wrote (title and body together, so a title like "goodbye" is read
 * with its story), applies the space's policy, and prepares the stored form. The same
 * `screen()` runs in the composer; the Worker's answer is the one that counts.
 */
export function preparePost(typed: PostInput, policy: Policy): PreparedPost {
  const input = { ...typed, title: typed.title === undefined ? undefined : withoutMarkers(typed.title), body: withoutMarkers(typed.body) }
  const prefix = input.title === undefined ? '' : `${input.title}\n\n`
  const screening = screen(prefix + input.body, { lang: input.lang, country: input.country ?? undefined })
  const decision = decide(screening, policy)
  const lang = input.lang ?? screening.lang
  const label = (kind: string) => redactionLabel(kind, lang)

  const bodyOffset = prefix.length
  const inTitle = decision.redact.filter((s) => input.title !== undefined && s.end <= input.title.length)
  const inBody = decision.redact.filter((s) => s.start >= bodyOffset).map((s) => ({ ...s, start: s.start - bodyOffset, end: s.end - bodyOffset }))
  const title = input.title === undefined ? undefined : redactText(input.title, inTitle, label)
  const body = redactText(input.body, inBody, label)

  return {
    title,
    body,
    bodyHtml: renderMarkdown(body),
    originalTitle: title !== input.title ? (input.title ?? null) : null,
    originalBody: body !== input.body ? input.body : null,
    status: decision.status,
    lang,
    crisisLevel: screening.crisis.level,
    crisisSubject: screening.crisis.subject,
    screening: { ...screening, bodyOffset },
    screenVersion: SCREEN_VERSION,
    decision,
  }
}
