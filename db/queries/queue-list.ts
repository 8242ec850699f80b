import { and, asc, count, desc, eq, gt, type SQL } from 'drizzle-orm'
import type { Database } from '../client'
import { moderators, queueItems, type QueueReason, type QueueSource } from '../schema'

export type QueueFilters = {
  space?: string
  partner?: string
  level?: QueueReason
  source?: QueueSource
  escalated?: boolean
}

export type FacetCounts = {
  total: number
  level: Partial<Record<QueueReason, number>>
  space: Record<string, number>
  partner: Record<string, number>
  source: Partial<Record<QueueSource, number>>
}

const filterConditions = (filters: QueueFilters): (SQL | undefined)[] => [
  eq(queueItems.status, 'open'),
  filters.space ? eq(queueItems.spaceSlug, filters.space) : undefined,
  filters.partner ? eq(queueItems.partnerSlug, filters.partner) : undefined,
  filters.level ? eq(queueItems.reason, filters.level) : undefined,
  filters.source ? eq(queueItems.source, filters.source) : undefined,
  filters.escalated !== undefined ? eq(queueItems.escalated, filters.escalated) : undefined,
]

/**
 * Open items in risk order: highest priority first (imminent, high, method, report,
 * concern, stigma, pii; raised by boosts), then the one that has waited longest. The
 * handle of whoever holds a live claim comes along; post text does not (the list stays calm).
 */
function openItems(db: Database, filters: QueueFilters, now: Date, limit: number) {
  return db
    .select({
      id: queueItems.id,
      postType: queueItems.postType,
      postId: queueItems.postId,
      storyId: queueItems.storyId,
      spaceSlug: queueItems.spaceSlug,
      partnerSlug: queueItems.partnerSlug,
      lang: queueItems.lang,
      reason: queueItems.reason,
      source: queueItems.source,
      sources: queueItems.sources,
      priority: queueItems.priority,
      reasons: queueItems.reasons,
      escalated: queueItems.escalated,
      createdAt: queueItems.createdAt,
      claimExpiresAt: queueItems.claimExpiresAt,
      claimedBy: moderators.handle,
    })
    .from(queueItems)
    .leftJoin(moderators, and(eq(moderators.id, queueItems.claimedBy), gt(queueItems.claimExpiresAt, now)))
    .where(and(...filterConditions(filters)))
    .orderBy(desc(queueItems.priority), asc(queueItems.createdAt), asc(queueItems.id))
    .limit(limit)
}

/** Open items grouped by every filter dimension, for the counts next to each filter. */
function facetRows(db: Database) {
  return db
    .select({ reason: queueItems.reason, space: queueItems.spaceSlug, partner: queueItems.partnerSlug, source: queueItems.source, escalated: queueItems.escalated, n: count() })
    .from(queueItems)
    .where(eq(queueItems.status, 'open'))
    .groupBy(queueItems.reason, queueItems.spaceSlug, queueItems.partnerSlug, queueItems.source, queueItems.escalated)
}

type FacetRow = Awaited<ReturnType<typeof facetRows>>[number]

const matches = (row: FacetRow, filters: QueueFilters, skip?: keyof QueueFilters) =>
  (!filters.space || skip === 'space' || row.space === filters.space) &&
  (!filters.partner || skip === 'partner' || row.partner === filters.partner) &&
  (!filters.level || skip === 'level' || row.reason === filters.level) &&
  (!filters.source || skip === 'source' || row.source === filters.source) &&
  (filters.escalated === undefined || skip === 'escalated' || row.escalated === filters.escalated)

/** Each dimension is counted with the other filters applied, so a count says what choosing it would show. */
export function facetCounts(rows: FacetRow[], filters: QueueFilters): FacetCounts {
  const counts: FacetCounts = { total: 0, level: {}, space: {}, partner: {}, source: {} }
  const add = <K extends string>(into: Partial<Record<K, number>>, key: K, n: number) => (into[key] = (into[key] ?? 0) + n)
  for (const row of rows) {
    if (matches(row, filters)) counts.total += row.n
    if (matches(row, filters, 'level')) add(counts.level, row.reason, row.n)
    if (matches(row, filters, 'space')) add(counts.space, row.space, row.n)
    if (row.partner && matches(row, filters, 'partner')) add(counts.partner, row.partner, row.n)
    if (matches(row, filters, 'source')) add(counts.source, row.source, row.n)
  }
  return counts
}

/** The queue page in one round trip: the items and the counts. */
export async function queueView(db: Database, filters: QueueFilters, now: Date, limit = 100) {
  const [items, rows] = await db.batch([openItems(db, filters, now, limit), facetRows(db)])
  return { items, counts: facetCounts(rows, filters) }
}

export type QueueRow = Awaited<ReturnType<typeof queueView>>['items'][number]

/** Ids of open items in queue order, so the item page can step to the next and previous ones (j/k). */
export const openIdsInOrder = (db: Database, limit = 500) =>
  db
    .select({ id: queueItems.id })
    .from(queueItems)
    .where(eq(queueItems.status, 'open'))
    .orderBy(desc(queueItems.priority), asc(queueItems.createdAt), asc(queueItems.id))
    .limit(limit)
    .all()
