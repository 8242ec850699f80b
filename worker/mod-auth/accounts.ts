import type { Database } from '../../db/client'
import { insertModerator, type NewModerator, type Role } from '../../db/queries/moderators'
import { newId } from '../lib/ids'
import { hashPassword } from './password'

export type NewAccount = { handle: string; password: string; role: Role; invitedBy?: string | null }

/** The stored row for a new account: a fresh id and the password's PBKDF2 hash, never the password. */
export async function moderatorRow(account: NewAccount): Promise<NewModerator> {
  return { id: newId(), handle: account.handle, passwordHash: await hashPassword(account.password), role: account.role, invitedBy: account.invitedBy ?? null }
}

/**
 * Creates an account: the path the admin CLI mirrors (same row, same insert) and the one
 * tests use to make moderators.
 *
 * @example await createModerator(db, { handle: 'alice', password: 'a long passphrase', role: 'admin' })
 */
export async function createModerator(db: Database, account: NewAccount): Promise<NewModerator> {
  const row = await moderatorRow(account)
  await insertModerator(db, row).run()
  return row
}
