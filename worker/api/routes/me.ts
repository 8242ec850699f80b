import { Hono } from 'hono'
import { reactionsByAuthor } from '../../../db/queries/reactions'
import { repliesByAuthor } from '../../../db/queries/replies'
import { inboxFor, markRead } from '../../../db/queries/author-messages'
import { eraseAuthor } from '../../../db/queries/erasure'
import { forgetStoryPages } from '../../page-cache'
import { requireAuthor } from '../author'
import { appealSchema, readMessagesSchema } from '../schemas'
import { validate } from '../validate'
import { getReply } from '../../../db/queries/replies'
import { getStory, storiesByAuthor } from '../../../db/queries/stories'
import { flagPost } from '../../../db/queries/queue'
import { newId } from '../../lib/ids'
import { ApiError } from '../errors'

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

  .post('/messages/read', validate('json', readMessagesSchema), async (c) => {
    const author = await requireAuthor(c)
    await markRead(c.get('db'), author.hash, c.req.valid('json').ids)
    return c.json({ ok: true })
  })

  /**
   * The author asks a person to look again at a held or removed post. Appeals go to the
   * same queue as reports, so a volunteer sees them in risk order.
   */
  .post('/appeals', validate('json', appealSchema), async (c) => {
    const author = await requireAuthor(c)
    const { postType, postId, message } = c.req.valid('json')
    const db = c.get('db')
    const post = postType === 'story' ? await getStory(db, postId) : await getReply(db, postId)
    if (!post || post.authorHash !== author.hash) throw new ApiError('not_found', 'You have no post with that id.')
    if (post.status !== 'held' && post.status !== 'removed') throw new ApiError('invalid_input', 'Only held or removed posts can be appealed.')
    const storyId = 'storyId' in post ? post.storyId : post.id
    const story = 'spaceSlug' in post ? post : await getStory(db, storyId)
    const { item } = await flagPost(
      db,
      { postType, postId, storyId, spaceSlug: story!.spaceSlug, authorHash: author.hash, lang: post.lang, reason: 'report', source: 'report', reasons: [`appeal from the author: ${message}`] },
      newId,
    )
    return c.json({ appeal: { queueItemId: item.id, status: 'received' } }, 201)
  })

  /**
   * Erase everything tied to this key (db/queries/erasure.ts): the words of every post,
   * reactions, inbox and reports. The key itself keeps working (it was never stored), but
   * nothing is left behind it.
   */
  .delete('/', async (c) => {
    const author = await requireAuthor(c)
    const { erased, storyIds } = await eraseAuthor(c.get('db'), author.hash)
    await forgetStoryPages(c.req.url, storyIds)
    return c.json({ erased })
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
