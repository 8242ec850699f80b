import { and, asc, eq, isNull } from 'drizzle-orm'
import type { Database } from '../client'
import { moderators, sessions } from '../schema'

export type Moderator = typeof moderators.$inferSelect
export type NewModerator = typeof moderators.$inferInsert
export type Role = Moderator['role']

/**
 * The one insert every moderator account goes through: the API (invites), the tests, and
 * the admin CLI, which turns this same query into SQL for `wrangler d1 execute`.
 */
export const insertModerator = (db: Database, row: NewModerator) => db.insert(moderators).values(row)

export const moderatorByHandle = (db: Database, handle: string) => db.select().from(moderators).where(eq(moderators.handle, handle)).get()

export const moderatorById = (db: Database, id: string) => db.select().from(moderators).where(eq(moderators.id, id)).get()

/** Every account, for the admin page: never the password hash. */
export const listModerators = (db: Database) =>
  db
    .select({ id: moderators.id, handle: moderators.handle, role: moderators.role, disabledAt: moderators.disabledAt, createdAt: moderators.createdAt })
    .from(moderators)
    .orderBy(asc(moderators.handle))
    .all()

export type ModeratorSummary = Awaited<ReturnType<typeof listModerators>>[number]

/** Disabling ends every session in the same batch: access stops at once, not at expiry. */
export const disableStatements = (db: Database, id: string, at: Date) =>
  [
    db.update(moderators).set({ disabledAt: at }).where(and(eq(moderators.id, id), isNull(moderators.disabledAt))),
    db.delete(sessions).where(eq(sessions.moderatorId, id)),
  ] as const

export const enableStatement = (db: Database, id: string) => db.update(moderators).set({ disabledAt: null }).where(eq(moderators.id, id))
