import { and, desc, eq, gt, ne } from 'drizzle-orm'
import type { Database } from '../client'
import { auditEvents, moderators, queueItems, replies, reports, stories } from '../schema'

const RECENT_BY_AUTHOR = 10

/** A queue item with the handle of whoever holds a live claim on it. */
export async function itemWithHolder(db: Database, id: string, now: Date) {
  const row = await db
    .select({ item: queueItems, holder: moderators.handle })
    .from(queueItems)
    .leftJoin(moderators, and(eq(moderators.id, queueItems.claimedBy), gt(queueItems.claimExpiresAt, now)))
    .where(eq(queueItems.id, id))
    .get()
  return row ? { ...row.item, holder: row.holder } : null
}

export type ItemWithHolder = NonNullable<Awaited<ReturnType<typeof itemWithHolder>>>

/**
 * Everything a volunteer reads to decide, in one batch: the post (original words), the
 * story it belongs to, reader reports, the same author's other recent posts (matched by
 * author hash, which never leaves the server), their open items, and the item's history.
 */
export async function itemContext(db: Database, item: ItemWithHolder) {
  const [story, reply, postReports, otherStories, otherReplies, authorItems, history] = await db.batch([
    db.select().from(stories).where(eq(stories.id, item.storyId)).limit(1),
    db.select().from(replies).where(eq(replies.id, item.postType === 'reply' ? item.postId : '')).limit(1),
    db
      .select({ reason: reports.reason, details: reports.details, createdAt: reports.createdAt })
      .from(reports)
      .where(and(eq(reports.postType, item.postType), eq(reports.postId, item.postId)))
      .orderBy(desc(reports.createdAt))
      .limit(50),
    db
      .select({ id: stories.id, title: stories.title, originalTitle: stories.originalTitle, status: stories.status, crisisLevel: stories.crisisLevel, createdAt: stories.createdAt })
      .from(stories)
      .where(and(eq(stories.authorHash, item.authorHash), ne(stories.status, 'deleted'), ne(stories.id, item.postType === 'story' ? item.postId : '')))
      .orderBy(desc(stories.createdAt))
      .limit(RECENT_BY_AUTHOR),
    db
      .select({ id: replies.id, storyId: replies.storyId, body: replies.body, originalBody: replies.originalBody, status: replies.status, crisisLevel: replies.crisisLevel, createdAt: replies.createdAt })
      .from(replies)
      .where(and(eq(replies.authorHash, item.authorHash), ne(replies.status, 'deleted'), ne(replies.id, item.postType === 'reply' ? item.postId : '')))
      .orderBy(desc(replies.createdAt))
      .limit(RECENT_BY_AUTHOR),
    db
      .select({ id: queueItems.id, postType: queueItems.postType, postId: queueItems.postId })
      .from(queueItems)
      .where(and(eq(queueItems.authorHash, item.authorHash), eq(queueItems.status, 'open'), ne(queueItems.id, item.id))),
    db.select().from(auditEvents).where(eq(auditEvents.queueItemId, item.id)).orderBy(auditEvents.id).limit(200),
  ])
  const post = item.postType === 'story' ? story[0] : reply[0]
  return { story: story[0] ?? null, post: post ?? null, reports: postReports, otherStories, otherReplies, authorItems, history }
}

export type ItemContext = Awaited<ReturnType<typeof itemContext>>

/** The current status of the post behind an item (the state an action expects to change). */
export async function postStatusOf(db: Database, item: { postType: 'story' | 'reply'; postId: string }) {
  const table = item.postType === 'story' ? stories : replies
  const row = await db.select({ status: table.status }).from(table).where(eq(table.id, item.postId)).get()
  return row?.status ?? null
}
