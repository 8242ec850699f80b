import { and, eq, inArray, lt, ne, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { authorMessages, queueItems, reactions, replies, reports, stories, type PostType } from '../schema'

/** What erasing a post leaves: a tombstone with no words (links answer "deleted", threads keep their shape). */
export const erasedPost = (status: 'deleted' | 'removed', now: Date) => ({ body: '', bodyHtml: '', originalBody: null, screening: null, status, deletedAt: now })
export const erasedStory = (status: 'deleted' | 'removed', now: Date) => ({ ...erasedPost(status, now), title: '', originalTitle: null })

/** An appeal's reason quotes the author; once they erase their data, only the fact of the appeal stays. */
const APPEAL_PREFIX = 'appeal from the author:'
const ERASED_APPEAL = 'appeal from the author (words erased at their request)'

/**
 * The holder of an author key erases everything tied to it, in one batch: their stories
 * (with the replies under them, as a single deletion does) and replies lose their words,
 * their reactions, inbox and reports go, and the queue keeps its items (volunteers'
 * decisions and the audit log stay true) but loses any words quoted from the author. What
 * remains is content-free: ids, times, statuses, rule notes, and the key's hash.
 */
export async function eraseAuthor(db: Database, authorHash: string, now = new Date()) {
  const theirStories = db.select({ id: stories.id }).from(stories).where(eq(stories.authorHash, authorHash))
  const results = await db.batch([
    db.update(stories).set(erasedStory('deleted', now)).where(eq(stories.authorHash, authorHash)).returning({ id: stories.id }),
    db.update(replies).set(erasedPost('deleted', now)).where(eq(replies.authorHash, authorHash)).returning({ id: replies.id, storyId: replies.storyId }),
    db.update(replies).set(erasedPost('deleted', now)).where(inArray(replies.storyId, theirStories)),
    db.delete(reactions).where(eq(reactions.authorHash, authorHash)).returning({ id: reactions.storyId }),
    db.delete(authorMessages).where(eq(authorMessages.authorHash, authorHash)).returning({ id: authorMessages.id }),
    db.delete(reports).where(eq(reports.reporterHash, authorHash)).returning({ id: reports.id }),
    db
      .update(queueItems)
      .set({ reasons: sql`(select json_group_array(case when value like ${`${APPEAL_PREFIX}%`} then ${ERASED_APPEAL} else value end) from json_each(${queueItems.reasons}))` })
      .where(eq(queueItems.authorHash, authorHash)),
  ])
  // Counted from the rows returned: D1's change counts include what triggers changed.
  const [erasedStories, erasedReplies, , removedReactions, removedMessages, removedReports] = results
  return {
    erased: { stories: erasedStories.length, replies: erasedReplies.length, reactions: removedReactions.length, messages: removedMessages.length, reports: removedReports.length },
    /** Every story whose page changed (theirs, and those they replied to or reacted on). */
    storyIds: new Set([...erasedStories.map((s) => s.id), ...erasedReplies.map((r) => r.storyId), ...removedReactions.map((r) => r.id)]),
  }
}

/** Posts a volunteer removed before `cutoff` (when their queue item closed). */
const removedBefore = (db: Database, postType: PostType, cutoff: Date) =>
  db
    .select({ id: queueItems.postId })
    .from(queueItems)
    .where(and(eq(queueItems.postType, postType), eq(queueItems.resolution, 'removed'), lt(queueItems.closedAt, cutoff)))

/**
 * Retention (daily cron): removed posts keep their words for RETENTION_DAYS, so an appeal
 * can be looked at again, then the words are erased and only the tombstone stays.
 */
export async function purgeRemovedContent(db: Database, cutoff: Date, now = new Date()) {
  const [erasedStories, erasedReplies] = await db.batch([
    db.update(stories).set(erasedStory('removed', now)).where(and(eq(stories.status, 'removed'), ne(stories.body, ''), inArray(stories.id, removedBefore(db, 'story', cutoff)))).returning({ id: stories.id }),
    db.update(replies).set(erasedPost('removed', now)).where(and(eq(replies.status, 'removed'), ne(replies.body, ''), inArray(replies.id, removedBefore(db, 'reply', cutoff)))).returning({ id: replies.id }),
  ])
  return { stories: erasedStories.length, replies: erasedReplies.length }
}
