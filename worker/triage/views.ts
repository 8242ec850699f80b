import type { Database } from '../../db/client'
import { itemContext, itemWithHolder } from '../../db/queries/item-detail'
import { queueView, type QueueFilters } from '../../db/queries/queue-list'
import type { TriageConfig } from './config'
import { presentAuditEvent, presentAuthorPosts, presentItem, presentPost, presentQueueRow, presentReports } from './present'

/** What the queue page and GET /api/mod/queue show: items in risk order and counts per filter. */
export async function loadQueue(db: Database, filters: QueueFilters, viewerHandle: string, config: TriageConfig, now = new Date()) {
  const view = await queueView(db, filters, now)
  return { items: view.items.map((row) => presentQueueRow(row, now, config, viewerHandle)), counts: view.counts }
}

export type QueueView = Awaited<ReturnType<typeof loadQueue>>

/** What the item page and GET /api/mod/items/:id show; null when there is no such item. Two D1 round trips. */
export async function loadItem(db: Database, id: string, viewerHandle: string, config: TriageConfig, now = new Date()) {
  const item = await itemWithHolder(db, id, now)
  if (!item) return null
  const context = await itemContext(db, item)
  return {
    item: presentItem(item, now, config, viewerHandle),
    post: presentPost(context),
    reports: presentReports(context),
    authorPosts: presentAuthorPosts(context),
    history: context.history.map(presentAuditEvent),
  }
}

export type ItemView = NonNullable<Awaited<ReturnType<typeof loadItem>>>
