import { and, eq, gt, isNull, lt } from 'drizzle-orm'
import type { Database } from '../client'
import { moderators, sessions } from '../schema'

export type NewSession = typeof sessions.$inferInsert

export const insertSession = (db: Database, session: NewSession) => db.insert(sessions).values(session).run()

/**
 * The signed-in moderator behind a session, in one statement: an expired session or a
 * disabled account finds nothing, so disabling an account takes effect on the next request.
 */
export const sessionWithModerator = (db: Database, idHash: string, now: Date) =>
  db
    .select({
      idHash: sessions.idHash,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      id: moderators.id,
      handle: moderators.handle,
      role: moderators.role,
    })
    .from(sessions)
    .innerJoin(moderators, eq(moderators.id, sessions.moderatorId))
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now), isNull(moderators.disabledAt)))
    .get()

export type SessionRow = NonNullable<Awaited<ReturnType<typeof sessionWithModerator>>>

export const deleteSession = (db: Database, idHash: string) => db.delete(sessions).where(eq(sessions.idHash, idHash)).run()

/** "Sign out everywhere": every device, this one included. */
export const deleteSessionsOf = (db: Database, moderatorId: string) => db.delete(sessions).where(eq(sessions.moderatorId, moderatorId)).run()

export const purgeExpiredSessions = (db: Database, now: Date) => db.delete(sessions).where(lt(sessions.expiresAt, now)).run()
