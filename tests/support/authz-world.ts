import { SELF } from 'cloudflare:test'
import { newInvite } from '../../worker/mod-auth/invites'
import { insertInvite } from '../../db/queries/invites'
import { startSession } from '../../worker/mod-auth/session'
import { newAuthorKey } from '../../worker/lib/author-key'
import { call, ORIGIN, postStory } from './api'
import { db, makeModerator, seedFlaggedReply, seedFlaggedStory } from './mod'
import { addPartner } from './partners'

/**
 * Fixtures for the authorization matrix (tests/api/authorization-matrix.test.ts): who is
 * calling, and a small world of real objects whose ids fill the route's path.
 */
export const PRINCIPALS = ['anonymous', 'wrong-author', 'right-author', 'moderator', 'admin', 'partner'] as const
export type Principal = (typeof PRINCIPALS)[number]

/** Real objects, all owned by `ownerKey` (except the moderator-side ones). */
export type World = {
  ownerKey: string
  storyId: string
  replyId: string
  heldStoryId: string
  heldReplyId: string
  itemId: string
  /** Made only for rows that need them (hashing a password is slow); the moderator once per world. */
  targetModeratorId: () => Promise<string>
  inviteToken: () => Promise<string>
}

/** Long-lived callers: two accounts (hashing a password is slow), a partner, a stranger's key. */
export type Callers = { moderatorId: string; adminId: string; partnerKey: string; strangerKey: string; signInHandle: string }

export async function makeCallers(): Promise<Callers> {
  const [moderator, admin, signIn, partner] = await Promise.all([
    makeModerator('moderator'),
    makeModerator('admin'),
    makeModerator('moderator'),
    addPartner({ slug: 'matrix-partner', spaces: ['anxiety'] }),
  ])
  return { moderatorId: moderator.id, adminId: admin.id, partnerKey: partner.key, strangerKey: newAuthorKey(), signInHandle: signIn.handle }
}

/** A published story with a reply and a reaction by its author, and a held story of theirs with its queue item. */
export async function makeWorld(): Promise<World> {
  const { story, key: ownerKey } = await postStory()
  const reply = await call('POST', `/api/stories/${story.id}/replies`, { key: ownerKey, body: { body: 'Thank you all for reading.' } })
  const reaction = await call('POST', `/api/stories/${story.id}/reactions`, { key: ownerKey, body: { kind: 'strength' } })
  if (reply.status !== 201 || reaction.status !== 201) throw new Error(`world: reply ${reply.status}, reaction ${reaction.status}`)
  const held = await seedFlaggedStory({ authorKey: ownerKey })
  const heldReply = await seedFlaggedReply(story.id, { authorKey: ownerKey })
  let target: Promise<string> | undefined
  return {
    ownerKey,
    storyId: story.id,
    replyId: reply.body.reply.id,
    heldStoryId: held.storyId,
    heldReplyId: heldReply.replyId,
    itemId: held.item.id,
    targetModeratorId: () => (target ??= makeModerator().then((m) => m.id)),
    inviteToken: async () => {
      const { token, row } = await newInvite('moderator', 'matrix')
      await insertInvite(db(), row).run()
      return token
    },
  }
}

/**
 * The headers that make a request come from this principal. Moderators get a session of
 * their own for each request: signing out (or in) ends the session a request carried.
 */
export async function headersFor(principal: Principal, callers: Callers, world: World): Promise<Record<string, string>> {
  switch (principal) {
    case 'anonymous':
      return {}
    case 'wrong-author':
      return { 'X-Author-Key': callers.strangerKey }
    case 'right-author':
      return { 'X-Author-Key': world.ownerKey }
    case 'partner':
      return { Authorization: `Bearer ${callers.partnerKey}` }
    case 'moderator':
    case 'admin': {
      const session = await startSession(db(), principal === 'admin' ? callers.adminId : callers.moderatorId)
      return { Cookie: `__Host-lantern_mod=${session.cookieValue}`, 'X-CSRF-Token': session.csrfToken }
    }
  }
}

/** A request body: JSON, or an HTML form (sent from our own origin, as the sign-in page does). */
export type Body = { json: unknown } | { form: Record<string, string> }

export async function send(method: string, path: string, headers: Record<string, string>, body?: Body): Promise<number> {
  const init: RequestInit & { headers: Record<string, string> } = { method, headers: { ...headers }, redirect: 'manual' }
  if (body && 'json' in body) {
    init.headers['Content-Type'] = 'application/json'
    init.body = JSON.stringify(body.json)
  } else if (body) {
    init.headers['Content-Type'] = 'application/x-www-form-urlencoded'
    init.headers.Origin = ORIGIN
    init.body = new URLSearchParams(body.form).toString()
  }
  const res = await SELF.fetch(ORIGIN + path, init)
  await res.arrayBuffer()
  return res.status
}
