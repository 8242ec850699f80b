import { and, asc, desc, eq, lt, ne, or } from 'drizzle-orm'
import type { Database } from '../client'
import { replies, spaces, stories, type ReactionKind } from '../schema'
import { reactionKindsQuery } from './reactions'
import type { SpaceLabel } from './spaces'
import { encodeCursor, type Cursor } from './cursor'
import { erasedPost, erasedStory } from './erasure'

export type Story = typeof stories.$inferSelect
export type NewStory = typeof stories.$inferInsert
export type Reply = typeof replies.$inferSelect

export type StoryPage = { stories: Story[]; nextCursor: string | null }

/** Stories after `cursor` in the (createdAt DESC, id DESC) order every list uses. */
export const storiesBefore = (cursor: Cursor) =>
  or(lt(stories.createdAt, new Date(cursor.createdAt)), and(eq(stories.createdAt, new Date(cursor.createdAt)), lt(stories.id, cursor.id)))

/** One page of rows fetched with `limit + 1`, and the cursor for the next page if there is one. */
export function pageOf(rows: Story[], limit: number): StoryPage {
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return { stories: page, nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.createdAt.getTime(), id: last.id }) : null }
}

/** Published stories, newest first, optionally in one space. One indexed query per page. */
export async function listStories(
  db: Database,
  opts: { space?: string; cursor?: Cursor | null; limit: number },
): Promise<StoryPage> {
  const { space, cursor, limit } = opts
  const rows = await db
    .select()
    .from(stories)
    .where(
      and(
        eq(stories.status, 'published'),
        space ? eq(stories.spaceSlug, space) : undefined,
        cursor ? storiesBefore(cursor) : undefined,
      ),
    )
    .orderBy(desc(stories.createdAt), desc(stories.id))
    .limit(limit + 1)
    .all()
  return pageOf(rows, limit)
}

export const getStory = (db: Database, id: string) => db.select().from(stories).where(eq(stories.id, id)).get()

/**
 * A story with its space's policy, as a query to batch with others: zero or one row. Only
 * space columns whose names stories lacks (see getStoryWithReplies); the slug, never null,
 * makes `space` null only when there is no such space (a null policy is a valid one).
 */
export const storyAndPolicyQuery = (db: Database, id: string) =>
  db
    .select({ story: stories, space: { slug: spaces.slug, policy: spaces.policy } })
    .from(stories)
    .leftJoin(spaces, eq(spaces.slug, stories.spaceSlug))
    .where(eq(stories.id, id))

/**
 * A story and its replies in one round trip to D1 (a batch), for the story page and API, and
 * with `viewerHash` the kinds of reaction that author key made to it (in the same batch).
 * Replies come in all states; callers decide what each reader may see.
 */
export async function getStoryWithReplies(db: Database, id: string, viewerHash?: string): Promise<{ story: Story; space: SpaceLabel; replies: Reply[]; myReactions?: ReactionKind[] } | null> {
  // Only space columns whose names stories lacks: D1 batches return rows keyed by column
  // name, so a shared name (created_at) would overwrite the story's value.
  const story = db.select({ story: stories, space: { slug: spaces.slug, name: spaces.name, description: spaces.description, i18n: spaces.i18n } }).from(stories).innerJoin(spaces, eq(spaces.slug, stories.spaceSlug)).where(eq(stories.id, id))
  const thread = db.select().from(replies).where(eq(replies.storyId, id)).orderBy(asc(replies.createdAt), asc(replies.id)).limit(500)
  const [found, replyRows, mine] = viewerHash
    ? await db.batch([story, thread, reactionKindsQuery(db, id, viewerHash)])
    : [...(await db.batch([story, thread])), undefined]
  if (!found[0]) return null
  return { ...found[0], replies: replyRows, ...(mine ? { myReactions: mine.map((r) => r.kind) } : {}) }
}

export const insertStory = (db: Database, story: NewStory) => db.insert(stories).values(story).returning().get()

export const updateStory = (db: Database, id: string, changes: Partial<NewStory>) =>
  db.update(stories).set(changes).where(eq(stories.id, id)).returning().get()

/**
 * The author deleted their story: their words are erased (privacy), the row stays as a
 * tombstone so links answer "deleted" rather than "never existed", and replies go with it.
 */
export async function eraseStory(db: Database, id: string): Promise<void> {
  const now = new Date()
  await db.batch([
    db.update(stories).set(erasedStory('deleted', now)).where(eq(stories.id, id)),
    db.update(replies).set(erasedPost('deleted', now)).where(eq(replies.storyId, id)),
  ])
}

export const storiesByAuthor = (db: Database, authorHash: string) =>
  db.select().from(stories).where(and(eq(stories.authorHash, authorHash), ne(stories.status, 'deleted'))).orderBy(desc(stories.createdAt)).all()
