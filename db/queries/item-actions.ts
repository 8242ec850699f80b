import { and, eq, exists, gt, sql, type SQL } from 'drizzle-orm'
import type { Database } from '../client'
import { queueItems, replies, stories, type PostStatus } from '../schema'
import { auditOrRefuse, isAuditRefusal, type AuditInput, type AuditState } from './audit'
import { authorMessageInsert } from './author-messages'
import type { Actor } from './claims'
import type { QueueItem } from './queue'

type QueueChanges = Partial<Pick<typeof queueItems.$inferInsert, 'status' | 'resolution' | 'falseAlarm' | 'closedAt' | 'escalated' | 'claimedBy' | 'claimExpiresAt'>>

/** One moderator action as rows to write; built by worker/triage/actions.ts. */
export type ActionWrite = {
  item: QueueItem
  actor: Actor
  now: Date
  action: AuditInput['action']
  /** The state the volunteer saw; the action is refused if the item or post moved on since. */
  expect: { claimHeld: boolean; postStatus: PostStatus | null; notEscalatedUnlessAdmin: boolean }
  before: AuditState
  after: AuditState | null
  note?: string | null
  postStatus?: PostStatus
  message?: { id: string; kind: 'approved' | 'removed' | 'checkin' | 'held'; body: string; country?: string | null }
  queue: QueueChanges
  /** Counts as the first response to the item (statistics); private notes do not. */
  firstAction: boolean
}

const postTable = (item: QueueItem) => (item.postType === 'story' ? stories : replies)

function expectation(db: Database, w: ActionWrite): SQL {
  const table = postTable(w.item)
  const conditions = [
    eq(queueItems.id, w.item.id),
    ...(w.expect.claimHeld ? [eq(queueItems.status, 'open'), eq(queueItems.claimedBy, w.actor.id), gt(queueItems.claimExpiresAt, w.now)] : []),
    ...(w.expect.notEscalatedUnlessAdmin && w.actor.role !== 'admin' ? [eq(queueItems.escalated, false)] : []),
  ]
  const itemOk = exists(db.select({ one: sql`1` }).from(queueItems).where(and(...conditions)))
  if (w.expect.postStatus === null) return itemOk
  const postOk = exists(db.select({ one: sql`1` }).from(table).where(and(eq(table.id, w.item.postId), eq(table.status, w.expect.postStatus))))
  return and(itemOk, postOk)!
}

/**
 * Writes an action in ONE batch: the audit event first, which refuses (and so rolls back
 * the batch) unless the item and post are still as the volunteer saw them; then the
 * post's status, the message to the author, and the queue item. It all happens, or none.
 * Returns false when refused (someone else acted, the claim ran out, the post changed).
 */
export async function writeAction(db: Database, w: ActionWrite): Promise<boolean> {
  const { item, actor, now } = w
  const table = postTable(item)
  const statements = [
    auditOrRefuse(
      db,
      { at: now, actor, action: w.action, queueItemId: item.id, postType: item.postType, postId: item.postId, before: w.before, after: w.after, note: w.note ?? null },
      expectation(db, w),
    ),
    ...(w.postStatus ? [db.update(table).set({ status: w.postStatus }).where(eq(table.id, item.postId))] : []),
    ...(w.message
      ? [authorMessageInsert(db, { ...w.message, authorHash: item.authorHash, postType: item.postType, postId: item.postId, country: w.message.country ?? null })]
      : []),
    ...(w.firstAction || Object.keys(w.queue).length > 0
      ? [
          db
            .update(queueItems)
            .set({ ...w.queue, ...(w.firstAction ? { firstActionAt: sql`coalesce(${queueItems.firstActionAt}, ${now.getTime()})` } : {}) })
            .where(eq(queueItems.id, item.id)),
        ]
      : []),
  ]
  try {
    await db.batch(statements as unknown as Parameters<typeof db.batch>[0])
    return true
  } catch (error) {
    if (isAuditRefusal(error)) return false
    throw error
  }
}
