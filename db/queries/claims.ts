import { and, eq, exists, isNotNull, isNull, lt, or, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { queueItems } from '../schema'
import { insertAuditWhere } from './audit'
import type { QueueItem } from './queue'

export type Actor = { id: string; handle: string; role: 'moderator' | 'admin' }

const itemWhere = (db: Database, ...conditions: Parameters<typeof and>) =>
  exists(db.select({ one: sql`1` }).from(queueItems).where(and(...conditions)))

/** Nobody holds the item, or their claim has run out. */
const free = (now: Date) => or(isNull(queueItems.claimedBy), lt(queueItems.claimExpiresAt, now))

/**
 * Opens an item for one volunteer: one atomic UPDATE decides between racing claims, so
 * two volunteers never work the same post. The holder renews their own claim by opening
 * it again. Taking a free item is audited ("claim"); renewing is not. Returns the item
 * as claimed, or null when someone else holds it or it is closed.
 */
export async function claimItem(db: Database, item: QueueItem, actor: Actor, now: Date, claimMinutes: number): Promise<QueueItem | null> {
  const expiresAt = new Date(now.getTime() + claimMinutes * 60_000)
  const [, claimed] = await db.batch([
    insertAuditWhere(
      db,
      { at: now, actor, action: 'claim', queueItemId: item.id, postType: item.postType, postId: item.postId, after: { claimedBy: actor.handle, claimExpiresAt: expiresAt.toISOString() } },
      itemWhere(db, eq(queueItems.id, item.id), eq(queueItems.status, 'open'), free(now)),
    ),
    db
      .update(queueItems)
      .set({ claimedBy: actor.id, claimExpiresAt: expiresAt })
      .where(and(eq(queueItems.id, item.id), eq(queueItems.status, 'open'), or(free(now), eq(queueItems.claimedBy, actor.id))))
      .returning(),
  ])
  return claimed[0] ?? null
}

/**
 * Lets go of an item: the holder can, and an admin can for anyone (a volunteer who left
 * mid-shift). `previousHolder` is the handle shown in the audit event.
 */
export async function releaseItem(db: Database, item: QueueItem, actor: Actor, previousHolder: string | null, now: Date): Promise<boolean> {
  const mayRelease = actor.role === 'admin' ? isNotNull(queueItems.claimedBy) : eq(queueItems.claimedBy, actor.id)
  const [, released] = await db.batch([
    insertAuditWhere(
      db,
      { at: now, actor, action: 'release', queueItemId: item.id, postType: item.postType, postId: item.postId, before: { claimedBy: previousHolder }, after: { claimedBy: null } },
      itemWhere(db, eq(queueItems.id, item.id), mayRelease),
    ),
    db.update(queueItems).set({ claimedBy: null, claimExpiresAt: null }).where(and(eq(queueItems.id, item.id), mayRelease)).returning({ id: queueItems.id }),
  ])
  return released.length > 0
}
