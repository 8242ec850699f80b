import { and, eq, isNull, lt, or, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { signInThrottle } from '../schema'

/** How many wrong passwords a handle may take in a window before it is locked for a while. */
export const THROTTLE = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 } as const

/** When the handle may try again, or null if it may try now. */
export async function lockedUntil(db: Database, handleHash: string, now: Date): Promise<Date | null> {
  const row = await db.select({ lockedUntil: signInThrottle.lockedUntil }).from(signInThrottle).where(eq(signInThrottle.handleHash, handleHash)).get()
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null
}

/**
 * Counts a failure in one upsert (two wrong passwords at once both count); the count
 * restarts once the window has passed, and reaching the limit sets the lock.
 */
export function recordFailure(db: Database, handleHash: string, now: Date) {
  const fresh = sql`${signInThrottle.windowStartedAt} < ${now.getTime() - THROTTLE.windowMs}`
  const failures = sql`case when ${fresh} then 1 else ${signInThrottle.failures} + 1 end`
  return db
    .insert(signInThrottle)
    .values({ handleHash, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: signInThrottle.handleHash,
      set: {
        failures,
        windowStartedAt: sql`case when ${fresh} then ${now.getTime()} else ${signInThrottle.windowStartedAt} end`,
        lockedUntil: sql`case when ${failures} >= ${THROTTLE.maxFailures} then ${now.getTime() + THROTTLE.lockMs} else ${signInThrottle.lockedUntil} end`,
      },
    })
    .run()
}

export const clearFailures = (db: Database, handleHash: string) => db.delete(signInThrottle).where(eq(signInThrottle.handleHash, handleHash)).run()

/** Daily housekeeping: counts whose window and lock have both passed are forgotten. */
export const purgeStaleThrottles = (db: Database, now: Date) =>
  db
    .delete(signInThrottle)
    .where(and(lt(signInThrottle.windowStartedAt, new Date(now.getTime() - THROTTLE.windowMs)), or(isNull(signInThrottle.lockedUntil), lt(signInThrottle.lockedUntil, now))))
    .run()
