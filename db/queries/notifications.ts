import { and, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { deadLetters, queueItems } from '../schema'

const URGENT = ['imminent', 'high'] as const

/** Records that an item was announced now (so the waiting-time alert still fires later). */
export const markNotified = (db: Database, id: string, now: Date) => db.update(queueItems).set({ notifiedAt: now }).where(eq(queueItems.id, id)).run()

/** Undoes takeOverdueItems for items whose alert could not be queued. */
export const clearNotified = (db: Database, ids: string[]) => db.update(queueItems).set({ notifiedAt: null }).where(inArray(queueItems.id, ids)).run()

/**
 * Claims, in one UPDATE, the open high and imminent items that have waited past the
 * threshold and were not announced since they crossed it; marking them in the same
 * statement means a slow or overlapping cron run cannot announce an item twice.
 */
export function takeOverdueItems(db: Database, now: Date, thresholdMinutes: number) {
  const thresholdMs = thresholdMinutes * 60_000
  return db
    .update(queueItems)
    .set({ notifiedAt: now })
    .where(
      and(
        eq(queueItems.status, 'open'),
        inArray(queueItems.reason, [...URGENT]),
        lte(queueItems.createdAt, new Date(now.getTime() - thresholdMs)),
        or(isNull(queueItems.notifiedAt), sql`${queueItems.notifiedAt} < ${queueItems.createdAt} + ${thresholdMs}`),
      ),
    )
    .returning({ id: queueItems.id })
    .all()
}

/** What a notification says about an item (no text, no author: see worker/notify/payload.ts). */
export const itemForNotice = (db: Database, id: string) =>
  db.select({ id: queueItems.id, reason: queueItems.reason, spaceSlug: queueItems.spaceSlug, status: queueItems.status, createdAt: queueItems.createdAt }).from(queueItems).where(eq(queueItems.id, id)).get()

export type NoticeItem = NonNullable<Awaited<ReturnType<typeof itemForNotice>>>

export const insertDeadLetter = (db: Database, letter: typeof deadLetters.$inferInsert) => db.insert(deadLetters).values(letter).run()
