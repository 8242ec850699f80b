import { and, eq, gt, isNull, sql } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { insertAuditWhere } from '../../db/queries/audit'
import { insertWhere, isUniqueViolation } from '../../db/queries/guarded'
import { inviteByHash, useInviteStatement, type NewInvite } from '../../db/queries/invites'
import { moderatorByHandle, type Role } from '../../db/queries/moderators'
import { invites, moderators } from '../../db/schema'
import { randomBytes, sha256Hex, toBase64Url } from '../lib/crypto'
import { moderatorRow } from './accounts'

/** Invitation links work once, for three days; D1 keeps only the token's hash. */
export const INVITE_TTL_MS = 72 * 60 * 60 * 1000

export const hashInviteToken = (token: string) => sha256Hex(`lantern:invite:${token}`)

/** The link a new volunteer opens. The token sits in the fragment, so it never reaches a server log. */
export const inviteUrl = (origin: string, token: string) => `${origin}/mod/join#${token}`

/** A new invitation: the row to store and the token to show once. */
export async function newInvite(role: Role, createdBy: string, now = new Date()): Promise<{ token: string; row: NewInvite }> {
  const token = toBase64Url(randomBytes(32))
  return { token, row: { tokenHash: await hashInviteToken(token), role, createdBy, expiresAt: new Date(now.getTime() + INVITE_TTL_MS) } }
}

export type JoinResult = { ok: true; moderator: { id: string; handle: string; role: Role } } | { ok: false; reason: 'invalid' | 'taken' }

/**
 * Turns an invitation into an account in one batch: the account, its audit event and the
 * "used" mark happen together, only while the invitation is unused and unexpired, so a
 * link clicked twice (or raced) makes exactly one account.
 */
export async function joinWithInvite(db: Database, input: { token: string; handle: string; password: string }, now = new Date()): Promise<JoinResult> {
  const tokenHash = await hashInviteToken(input.token)
  const invite = await inviteByHash(db, tokenHash)
  if (!invite || invite.usedAt || invite.expiresAt <= now) return { ok: false, reason: 'invalid' }
  if (await moderatorByHandle(db, input.handle)) return { ok: false, reason: 'taken' }
  const row = await moderatorRow({ handle: input.handle, password: input.password, role: invite.role, invitedBy: invite.createdBy })
  const usable = sql`exists (select 1 from ${invites} where ${and(eq(invites.tokenHash, tokenHash), isNull(invites.usedAt), gt(invites.expiresAt, now))})`
  const actor = { id: row.id, handle: input.handle }
  try {
    const [, , used] = await db.batch([
      insertWhere(db, moderators, row, usable),
      insertAuditWhere(db, { at: now, actor, action: 'moderator.join', after: { role: invite.role, invitedBy: invite.createdBy } }, usable),
      useInviteStatement(db, tokenHash, now),
    ])
    if (used.length === 0) return { ok: false, reason: 'invalid' }
  } catch (error) {
    // Someone took the handle between the check and the batch: the unique index refused it.
    if (isUniqueViolation(error)) return { ok: false, reason: 'taken' }
    throw error
  }
  return { ok: true, moderator: { id: row.id, handle: input.handle, role: invite.role } }
}
