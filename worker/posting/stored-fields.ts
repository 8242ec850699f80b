import type { PreparedPost } from './prepare'

/** The columns a prepared post fills, shared by stories and replies, on create and edit. */
export const storedFields = (p: PreparedPost) => ({
  ...(p.title !== undefined ? { title: p.title, originalTitle: p.originalTitle } : {}),
  body: p.body,
  bodyHtml: p.bodyHtml,
  originalBody: p.originalBody,
  status: p.status,
  lang: p.lang,
  crisisLevel: p.crisisLevel,
  crisisSubject: p.crisisSubject,
  screening: p.screening,
  screenVersion: p.screenVersion,
})
