import { and, desc, eq, ne } from 'drizzle-orm'
import type { Database } from '../client'
import { replies } from '../schema'
import { erasedPost } from './erasure'

export type NewReply = typeof replies.$inferInsert

/** The story's public reply count follows through triggers (migration 0003). */
export const insertReply = (db: Database, reply: NewReply) => db.insert(replies).values(reply).returning().get()

export const getReply = (db: Database, id: string) => db.select().from(replies).where(eq(replies.id, id)).get()

export const updateReply = (db: Database, id: string, changes: Partial<NewReply>) =>
  db.update(replies).set(changes).where(eq(replies.id, id)).returning().get()

/** The author deleted their reply: their words are erased, a tombstone keeps the thread's shape. */
export const eraseReply = (db: Database, id: string) =>
  db
    .update(replies)
    .set(erasedPost('deleted', new Date()))
    .where(eq(replies.id, id))
    .run()

export const repliesByAuthor = (db: Database, authorHash: string) =>
  db
    .select()
    .from(replies)
    .where(and(eq(replies.authorHash, authorHash), ne(replies.status, 'deleted')))
    .orderBy(desc(replies.createdAt))
    .all()
