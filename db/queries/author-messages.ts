import { and, desc, eq, inArray, isNull } from 'drizzle-orm'
import type { Database } from '../client'
import { authorMessages, type PostType } from '../schema'

export type AuthorMessage = typeof authorMessages.$inferSelect
export type NewAuthorMessage = Omit<typeof authorMessages.$inferInsert, 'createdAt' | 'readAt'>

/** The insert behind sendAuthorMessage, unexecuted, so a moderator action can put it in its batch. */
export const authorMessageInsert = (db: Database, message: NewAuthorMessage) => db.insert(authorMessages).values(message)

/** Leaves a message for an anonymous author; they read it with their key on their next visit. */
export const sendAuthorMessage = (db: Database, message: NewAuthorMessage) => authorMessageInsert(db, message).returning().get()

/** The author's messages, unread first, newest first. */
export const inboxFor = (db: Database, authorHash: string, limit = 50) =>
  db
    .select()
    .from(authorMessages)
    .where(eq(authorMessages.authorHash, authorHash))
    .orderBy(desc(isNull(authorMessages.readAt)), desc(authorMessages.createdAt))
    .limit(limit)
    .all()

/** Marks messages read; only the author's own ids are touched. */
export const markRead = (db: Database, authorHash: string, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve()
    : db
        .update(authorMessages)
        .set({ readAt: new Date() })
        .where(and(eq(authorMessages.authorHash, authorHash), inArray(authorMessages.id, ids), isNull(authorMessages.readAt)))
        .run()

export type MessageRef = { postType: PostType; postId: string }
