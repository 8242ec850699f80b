import { and, desc, eq, lt, type SQL } from 'drizzle-orm'
import type { Database } from '../client'
import { auditEvents, type PostType } from '../schema'
import { insertOrRefuse, insertWhere, isRefusal } from './guarded'

export type AuditEvent = typeof auditEvents.$inferSelect

type AuditValue = string | number | boolean | null | AuditValue[] | { [key: string]: AuditValue }

/** State before or after an action: statuses, flags and settings (a partner's lists and
 * theme), never an author hash or post text. */
export type AuditState = Record<string, AuditValue>

/** Every action the audit log records (the log page filters by them and names each). */
export const AUDIT_ACTIONS = [
  'approve', 'keep-hidden', 'remove', 'false-alarm', 'escalate', 'check-in', 'note', 'claim', 'release',
  'invite.create', 'moderator.join', 'moderator.create', 'moderator.disable', 'moderator.enable',
  'partner.create', 'partner.update', 'partner.rotate_key', 'partner.delete',
] as const

/** Who acted, in audit records of the operator's scripts (no account): never a handle, which has no spaces. */
export const COMMAND_LINE = 'command line'

export type AuditInput = {
  at: Date
  /** id null: someone acting without an account of their own (a partner's test fixtures). */
  actor: { id: string | null; handle: string } | null
  action: (typeof AUDIT_ACTIONS)[number]
  queueItemId?: string | null
  postType?: PostType | null
  postId?: string | null
  before?: AuditState | null
  after?: AuditState | null
  note?: string | null
}

const auditValues = (event: AuditInput): typeof auditEvents.$inferInsert => ({
  at: event.at,
  actorId: event.actor?.id ?? null,
  actorHandle: event.actor?.handle ?? null,
  action: event.action,
  queueItemId: event.queueItemId ?? null,
  postType: event.postType ?? null,
  postId: event.postId ?? null,
  before: event.before ?? null,
  after: event.after ?? null,
  note: event.note ?? null,
})

/** Appends an event (the table refuses updates and deletes: migration 0005). */
export const insertAudit = (db: Database, event: AuditInput) => db.insert(auditEvents).values(auditValues(event))

/** Appends an event only if `condition` holds (see guarded.ts). */
export const insertAuditWhere = (db: Database, event: AuditInput, condition: SQL) => insertWhere(db, auditEvents, auditValues(event), condition)

/**
 * Appends an event, or fails the whole batch if `condition` does not hold: the first
 * statement of every moderator action, so no action happens without its audit event and
 * none happens on a state other than the one the moderator saw.
 */
export const auditOrRefuse = (db: Database, event: AuditInput, condition: SQL) => insertOrRefuse(db, auditEvents, auditValues(event), 'action', condition)

export const isAuditRefusal = (error: unknown) => isRefusal(error, 'audit_events', 'action')

export type AuditFilters = { action?: string; actor?: string; item?: string; before?: number; limit: number }

/** Newest first, by id (ids grow with time); `before` is the last id of the previous page. */
export async function listAudit(db: Database, filters: AuditFilters): Promise<{ events: AuditEvent[]; nextBefore: number | null }> {
  const conditions: (SQL | undefined)[] = [
    filters.action ? eq(auditEvents.action, filters.action) : undefined,
    filters.actor ? eq(auditEvents.actorHandle, filters.actor) : undefined,
    filters.item ? eq(auditEvents.queueItemId, filters.item) : undefined,
    filters.before ? lt(auditEvents.id, filters.before) : undefined,
  ]
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(filters.limit + 1)
    .all()
  const events = rows.slice(0, filters.limit)
  return { events, nextBefore: rows.length > filters.limit ? (events.at(-1)?.id ?? null) : null }
}

/** An item's history, oldest first, for the item page. */
export const auditForItem = (db: Database, queueItemId: string) =>
  db.select().from(auditEvents).where(eq(auditEvents.queueItemId, queueItemId)).orderBy(auditEvents.id).all()
