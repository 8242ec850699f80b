import { and, count, eq, gte } from 'drizzle-orm'
import type { Database } from '../client'
import { replies, reports, stories, type PostType } from '../schema'

export type NewReport = typeof reports.$inferInsert

/** Stores a report; the unique index `reports_once` refuses a second one from the same key for the same post. */
export const insertReport = (db: Database, report: NewReport) => db.insert(reports).values(report).returning().get()

/** Reports on one post, and reports one key has made since a moment (for the daily cap), in one batch. */
export async function reportCounts(db: Database, post: { postType: PostType; postId: string }, reporterHash: string, since: Date) {
  const [onPost, byReporter] = await db.batch([
    db.select({ n: count() }).from(reports).where(and(eq(reports.postType, post.postType), eq(reports.postId, post.postId))),
    db.select({ n: count() }).from(reports).where(and(eq(reports.reporterHash, reporterHash), gte(reports.createdAt, since))),
  ])
  return { onPost: onPost[0]?.n ?? 0, byReporter: byReporter[0]?.n ?? 0 }
}

/**
 * A reportable post with what a queue item needs: its story, space, partner, author and
 * language. Only published posts can be reported (nobody else can see the others).
 */
export async function reportablePost(db: Database, postType: PostType, postId: string) {
  if (postType === 'story') {
    const story = await db.select().from(stories).where(and(eq(stories.id, postId), eq(stories.status, 'published'))).get()
    return story ? { storyId: story.id, spaceSlug: story.spaceSlug, partnerSlug: story.partnerSlug, authorHash: story.authorHash, lang: story.lang } : null
  }
  const row = await db
    .select({ reply: replies, spaceSlug: stories.spaceSlug, partnerSlug: stories.partnerSlug })
    .from(replies)
    .innerJoin(stories, eq(stories.id, replies.storyId))
    .where(and(eq(replies.id, postId), eq(replies.status, 'published'), eq(stories.status, 'published')))
    .get()
  return row ? { storyId: row.reply.storyId, spaceSlug: row.spaceSlug, partnerSlug: row.partnerSlug, authorHash: row.reply.authorHash, lang: row.reply.lang } : null
}
