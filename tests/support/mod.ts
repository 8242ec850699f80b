import { env, SELF } from 'cloudflare:test'
import { database } from '../../db/client'
import { flagPost, type QueueItem } from '../../db/queries/queue'
import { insertStory } from '../../db/queries/stories'
import { insertReply } from '../../db/queries/replies'
import type { PostStatus, QueueReason, QueueSource } from '../../db/schema'
import { hashAuthorKey, newAuthorKey } from '../../worker/lib/author-key'
import { newId } from '../../worker/lib/ids'
import { createModerator } from '../../worker/mod-auth/accounts'
import type { Role } from '../../db/queries/moderators'
import { ORIGIN, type Json } from './api'

/** Helpers for moderator tests: accounts made by the same code as the admin CLI, signed-in calls, queue items. */
export const db = () => database(env.DB)

export const PASSWORD = 'a calm night shift passphrase'

let serial = 0
export async function makeModerator(role: Role = 'moderator', handle = `${role}-${++serial}-${Math.random().toString(36).slice(2, 6)}`) {
  const row = await createModerator(db(), { handle, password: PASSWORD, role })
  return { id: row.id!, handle, role }
}

export type Session = { cookie: string; csrf: string; handle: string }

export const cookieFrom = (headers: Headers) => /__Host-lantern_mod=([^;]*)/.exec(headers.get('Set-Cookie') ?? '')?.[1]

export async function signIn(handle: string, password = PASSWORD): Promise<Session> {
  const res = await SELF.fetch(`${ORIGIN}/api/mod/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ handle, password }) })
  const body = (await res.json()) as Json
  const cookie = cookieFrom(res.headers)
  if (res.status !== 200 || !cookie) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(body)}`)
  return { cookie, csrf: body.csrfToken, handle }
}

/** A new account of that role, signed in. */
export async function moderatorSession(role: Role = 'moderator') {
  const account = await makeModerator(role)
  return { ...account, session: await signIn(account.handle) }
}

export async function modCall(
  method: string,
  path: string,
  opts: { session?: Session | null; body?: unknown; csrf?: string | null; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: Json; headers: Headers }> {
  const headers: Record<string, string> = { ...opts.headers }
  if (opts.session) headers.Cookie = `__Host-lantern_mod=${opts.session.cookie}`
  const csrf = opts.csrf === undefined ? opts.session?.csrf : opts.csrf
  if (csrf) headers['X-CSRF-Token'] = csrf
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json'
  const res = await SELF.fetch(ORIGIN + path, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body), redirect: 'manual' })
  const text = await res.text()
  return { status: res.status, body: text.startsWith('{') ? JSON.parse(text) : {}, headers: res.headers }
}

/** The screening a real post would carry: spans into `title + "\n\n" + body`. */
export function screeningFor(title: string, body: string, phrase: string, level: 'high' | 'imminent' | 'concern' = 'high') {
  const text = `${title}\n\n${body}`
  const start = text.indexOf(phrase)
  return {
    version: 'test',
    lang: 'en',
    crisis: { level, subject: 'self', reasons: start < 0 ? [] : [{ start, end: start + phrase.length, rule: 'en.test.rule', note: 'talks about not wanting to be here' }] },
    stigma: [],
    methodDetail: [],
    pii: [],
    harassment: [],
    bodyOffset: title.length + 2,
  }
}

export type Seeded = { item: QueueItem; storyId: string; authorKey: string; authorHash: string }

/**
 * A story (held by default, as the screen would leave a high-risk post) with a queue item,
 * written straight to D1 as the posting flow would: insertStory, then flagPost.
 */
export async function seedFlaggedStory(
  opts: { reason?: QueueReason; source?: QueueSource; status?: PostStatus; space?: string; authorKey?: string; title?: string; body?: string; lang?: string; createdAt?: Date } = {},
): Promise<Seeded> {
  const authorKey = opts.authorKey ?? newAuthorKey()
  const authorHash = await hashAuthorKey(authorKey)
  const id = newId()
  const title = opts.title ?? 'Tonight'
  const body = opts.body ?? 'I do not want to be here anymore and I am so tired.'
  await insertStory(db(), {
    id,
    spaceSlug: opts.space ?? 'anxiety',
    title,
    body,
    bodyHtml: `<p>${body}</p>`,
    authorHash,
    authorName: 'Quiet Heron',
    status: opts.status ?? 'held',
    lang: opts.lang ?? 'en',
    crisisLevel: 'high',
    crisisSubject: 'self',
    screening: screeningFor(title, body, 'do not want to be here'),
    ...(opts.createdAt ? { createdAt: opts.createdAt } : {}),
  })
  const { item } = await flagPost(
    db(),
    { postType: 'story', postId: id, storyId: id, spaceSlug: opts.space ?? 'anxiety', authorHash, lang: opts.lang ?? 'en', reason: opts.reason ?? 'high', source: opts.source ?? 'screen', reasons: ['talks about not wanting to be here'] },
    newId,
  )
  if (opts.createdAt) await env.DB.prepare('update queue_items set created_at = ? where id = ?').bind(opts.createdAt.getTime(), item.id).run()
  return { item: { ...item, createdAt: opts.createdAt ?? item.createdAt }, storyId: id, authorKey, authorHash }
}

/** A reply (held) under a published story, with its own queue item. */
export async function seedFlaggedReply(storyId: string, opts: { reason?: QueueReason; authorKey?: string } = {}) {
  const authorKey = opts.authorKey ?? newAuthorKey()
  const authorHash = await hashAuthorKey(authorKey)
  const id = newId()
  await insertReply(db(), { id, storyId, body: 'I feel the same and I am scared.', bodyHtml: '<p>I feel the same and I am scared.</p>', authorHash, authorName: 'Kind Otter', status: 'held' })
  const story = await env.DB.prepare('select space_slug from stories where id = ?').bind(storyId).first<{ space_slug: string }>()
  const { item } = await flagPost(db(), { postType: 'reply', postId: id, storyId, spaceSlug: story!.space_slug, authorHash, lang: 'en', reason: opts.reason ?? 'concern', source: 'screen', reasons: ['worried'] }, newId)
  return { item, replyId: id, authorKey, authorHash }
}
