import { Hono } from 'hono'
import { reactionsByAuthor } from '../../../db/queries/reactions'
import { repliesByAuthor } from '../../../db/queries/replies'
import { storiesByAuthor } from '../../../db/queries/stories'
import { z } from 'zod'
import { inboxFor, markRead } from '../../../db/queries/author-messages'
import { requireAuthor } from '../author'
import { validate } from '../validate'
import type { AppEnv } from '../env'
import { storyPath } from '../present'

/** What the holder of an author key can see about themselves. */
export const meRoutes = new Hono<AppEnv>()
  /** Notes left for this author: a post approved or removed, or a volunteer checking in. */
  .get('/messages', async (c) => {
    const author = await requireAuthor(c)
    const messages = await inboxFor(c.get('db'), author.hash)
    const origin = new URL(c.req.url).origin
    return c.json({
      messages: messages.map((m) => ({
        id: m.id,
        kind: m.kind,
        body: m.body,
        post: m.postType && m.postId ? { type: m.postType, id: m.postId } : null,
        resourcesUrl: m.kind === 'checkin' ? `${origin}/resources${m.country ? `?country=${m.country}` : ''}` : null,
        createdAt: m.createdAt.toISOString(),
        read: m.readAt !== null,
      })),
    })
  })

  .post('/messages/read', validate('json', z.object({ ids: z.array(z.string().max(40)).max(100) })), async (c) => {
    const author = await requireAuthor(c)
    await markRead(c.get('db'), author.hash, c.req.valid('json').ids)
    return c.json({ ok: true })
  })

  .get('/export', async (c) => {
  const author = await requireAuthor(c)
  const db = c.get('db')
  const [stories, replies, reactions] = await Promise.all([
    storiesByAuthor(db, author.hash),
    repliesByAuthor(db, author.hash),
    reactionsByAuthor(db, author.hash),
  ])
  const origin = new URL(c.req.url).origin
  c.header('Content-Disposition', 'attachment; filename="lantern-export.json"')
  c.header('Cache-Control', 'no-store')
  // Your own words as you wrote them (before any redaction), with their state.
  return c.json({
    exportedAt: new Date().toISOString(),
    stories: stories.map((s) => ({
      id: s.id,
      url: origin + storyPath(s.id),
      space: s.spaceSlug,
      title: s.originalTitle ?? s.title,
      body: s.originalBody ?? s.body,
      contentWarnings: s.contentWarnings,
      status: s.status,
      pseudonym: s.authorName,
      createdAt: s.createdAt.toISOString(),
      editedAt: s.editedAt?.toISOString() ?? null,
    })),
    replies: replies.map((r) => ({
      id: r.id,
      storyId: r.storyId,
      storyUrl: origin + storyPath(r.storyId),
      body: r.originalBody ?? r.body,
      status: r.status,
      pseudonym: r.authorName,
      createdAt: r.createdAt.toISOString(),
      editedAt: r.editedAt?.toISOString() ?? null,
    })),
    reactions: reactions.map((r) => ({ storyId: r.storyId, kind: r.kind, createdAt: r.createdAt.toISOString() })),
  })
})
