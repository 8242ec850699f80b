import { and, eq } from 'drizzle-orm'
import type { Database } from '../client'
import { queueItems, type PostType, type QueueReason, type QueueSource } from '../schema'

export type QueueItem = typeof queueItems.$inferSelect

/**
 * Risk order of the moderation queue: imminent first, then high, then method details
 * (held whatever the level), then abuse telling someone to harm themselves, then reader
 * reports, then concern, stigma and personal data, then posts held only because a partner
 * pre-moderates everything.
 * Within a reason, the item that has waited longest comes first (createdAt ascending).
 */
export const REASON_PRIORITY: Record<QueueReason, number> = {
  imminent: 1000,
  high: 800,
  method: 700,
  harassment: 600,
  report: 500,
  concern: 300,
  stigma: 200,
  pii: 150,
  review: 100,
}

export type Flag = {
  postType: PostType
  postId: string
  storyId: string
  spaceSlug: string
  partnerSlug?: string | null
  authorHash: string
  lang: string
  reason: QueueReason
  source: QueueSource
  reasons: string[]
  /** Extra priority on top of the reason's (e.g. several reports). */
  boost?: number
}

const priorityOf = (flag: Flag) => REASON_PRIORITY[flag.reason] + (flag.boost ?? 0)

/** A new queue item for a post that has none open (a brand-new post, in its own batch). */
export const insertQueueItem = (db: Database, flag: Flag, id: string) =>
  db.insert(queueItems).values({
    id,
    postType: flag.postType,
    postId: flag.postId,
    storyId: flag.storyId,
    spaceSlug: flag.spaceSlug,
    partnerSlug: flag.partnerSlug ?? null,
    authorHash: flag.authorHash,
    lang: flag.lang,
    reason: flag.reason,
    source: flag.source,
    sources: [flag.source],
    priority: priorityOf(flag),
    reasons: flag.reasons,
  })

/**
 * Puts a post in the queue, or raises the open item it already has: priority only goes
 * up, reasons and sources accumulate. Automation never lowers what a screen decided.
 * Returns the item and whether its priority rose (callers notify on a rise).
 */
export async function flagPost(db: Database, flag: Flag, newId: () => string): Promise<{ item: QueueItem; raised: boolean; created: boolean }> {
  const open = await db
    .select()
    .from(queueItems)
    .where(and(eq(queueItems.postType, flag.postType), eq(queueItems.postId, flag.postId), eq(queueItems.status, 'open')))
    .get()
  const priority = priorityOf(flag)
  if (!open) {
    const item = await insertQueueItem(db, flag, newId()).returning().get()
    return { item, raised: true, created: true }
  }
  const raised = priority > open.priority
  const item = await db
    .update(queueItems)
    .set({
      priority: Math.max(open.priority, priority),
      reason: raised ? flag.reason : open.reason,
      source: raised ? flag.source : open.source,
      sources: [...new Set([...open.sources, flag.source])],
      reasons: [...new Set([...open.reasons, ...flag.reasons])],
    })
    .where(eq(queueItems.id, open.id))
    .returning()
    .get()
  return { item, raised, created: false }
}

export const openItemFor = (db: Database, postType: PostType, postId: string) =>
  db
    .select()
    .from(queueItems)
    .where(and(eq(queueItems.postType, postType), eq(queueItems.postId, postId), eq(queueItems.status, 'open')))
    .get()
