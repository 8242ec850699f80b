import { and, eq } from 'drizzle-orm'
import type { Database } from '../client'
import { reactions, type ReactionKind } from '../schema'

/**
 * Adds one reaction of a kind from one author key; a repeated tap changes nothing.
 * Story counters follow through triggers (migration 0003). Returns whether it was new.
 */
export async function addReaction(db: Database, storyId: string, authorHash: string, kind: ReactionKind): Promise<boolean> {
  const inserted = await db.insert(reactions).values({ storyId, authorHash, kind }).onConflictDoNothing().returning().all()
  return inserted.length > 0
}

export async function removeReaction(db: Database, storyId: string, authorHash: string, kind: ReactionKind): Promise<boolean> {
  const removed = await db
    .delete(reactions)
    .where(and(eq(reactions.storyId, storyId), eq(reactions.authorHash, authorHash), eq(reactions.kind, kind)))
    .returning()
    .all()
  return removed.length > 0
}

/** The kinds of reaction one author key made to one story, as a statement to batch. */
export const reactionKindsQuery = (db: Database, storyId: string, authorHash: string) =>
  db.select({ kind: reactions.kind }).from(reactions).where(and(eq(reactions.storyId, storyId), eq(reactions.authorHash, authorHash)))

export const reactionsByAuthor = (db: Database, authorHash: string) =>
  db.select().from(reactions).where(eq(reactions.authorHash, authorHash)).all()
