import { and, desc, eq, gt, isNull } from 'drizzle-orm'
import type { Database } from '../client'
import { invites } from '../schema'

export type NewInvite = typeof invites.$inferInsert

/** Like insertModerator, shared by the API and the admin CLI (which prints the link). */
export const insertInvite = (db: Database, invite: NewInvite) => db.insert(invites).values(invite)

/** Invitations not used and not expired, newest first (hashes only: the links were shown once). */
export const pendingInvites = (db: Database, now: Date) =>
  db
    .select({ role: invites.role, createdBy: invites.createdBy, expiresAt: invites.expiresAt, createdAt: invites.createdAt })
    .from(invites)
    .where(and(isNull(invites.usedAt), gt(invites.expiresAt, now)))
    .orderBy(desc(invites.createdAt))
    .all()

/**
 * Marks an invitation used, only if it is still unused and unexpired. In the same batch
 * as the account insert, so one link makes exactly one account even if clicked twice.
 */
export const useInviteStatement = (db: Database, tokenHash: string, now: Date) =>
  db
    .update(invites)
    .set({ usedAt: now })
    .where(and(eq(invites.tokenHash, tokenHash), isNull(invites.usedAt), gt(invites.expiresAt, now)))
    .returning({ role: invites.role, createdBy: invites.createdBy })

export const inviteByHash = (db: Database, tokenHash: string) => db.select().from(invites).where(eq(invites.tokenHash, tokenHash)).get()
