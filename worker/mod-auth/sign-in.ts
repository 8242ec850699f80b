import type { Database } from '../../db/client'
import { moderatorByHandle, type Moderator } from '../../db/queries/moderators'
import { clearFailures, lockedUntil, recordFailure } from '../../db/queries/sign-in-throttle'
import { sha256Hex } from '../lib/crypto'
import { decoyPasswordHash, verifyPassword } from './password'

export type SignInResult =
  | { ok: true; moderator: Moderator }
  | { ok: false; reason: 'locked'; retryAt: Date }
  | { ok: false; reason: 'wrong' | 'disabled' }

const throttleKey = (handle: string) => sha256Hex(`lantern:sign-in:${handle}`)

/**
 * Checks a handle and password. Unknown handles cost the same PBKDF2 work as known ones
 * and count towards the same lock, so neither timing nor the answer tells which exist.
 * A disabled account is only named as such once the right password has been given.
 */
export async function checkSignIn(db: Database, handle: string, password: string, now = new Date()): Promise<SignInResult> {
  const key = await throttleKey(handle)
  const retryAt = await lockedUntil(db, key, now)
  if (retryAt) return { ok: false, reason: 'locked', retryAt }
  const moderator = await moderatorByHandle(db, handle)
  const matches = await verifyPassword(password, moderator?.passwordHash ?? (await decoyPasswordHash()))
  if (!moderator || !matches) {
    await recordFailure(db, key, now)
    return { ok: false, reason: 'wrong' }
  }
  await clearFailures(db, key)
  return moderator.disabledAt ? { ok: false, reason: 'disabled' } : { ok: true, moderator }
}
