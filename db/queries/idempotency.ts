import { and, eq, lt } from 'drizzle-orm'
import type { Database } from '../client'
import { idempotencyKeys } from '../schema'

export type IdempotencyRecord = typeof idempotencyKeys.$inferSelect

/** Status 0 marks a request still being processed. */
export const PENDING = 0

/**
 * Claims a key before the work starts, so a retry is answered from the stored response (or
 * refused, with another body) without doing the work again. Two statements for one batch
 * (one D1 round trip, which may also carry the reads the work needs): the insert claims the
 * key if it is new, and the select reads the key's record either way, ours if we claimed it.
 * Two concurrent submits may both find the key pending: only one of them can complete it
 * (completeIdempotencyKey).
 */
export const claimIdempotencyKey = (db: Database, keyHash: string, requestHash: string) =>
  [
    db.insert(idempotencyKeys).values({ keyHash, requestHash, status: PENDING, iv: '', ciphertext: '' }).onConflictDoNothing(),
    db.select().from(idempotencyKeys).where(eq(idempotencyKeys.keyHash, keyHash)),
  ] as const

/**
 * Stores the response; meant for the same batch as the writes it answers for. Completing a
 * record twice aborts the batch (migration 0008), so only one racing attempt commits.
 */
export const completeIdempotencyKey = (db: Database, keyHash: string, result: { status: number; iv: string; ciphertext: string }) =>
  db.update(idempotencyKeys).set(result).where(eq(idempotencyKeys.keyHash, keyHash))

export const idempotencyRecord = (db: Database, keyHash: string) =>
  db.select().from(idempotencyKeys).where(eq(idempotencyKeys.keyHash, keyHash)).get()

/** The error a second completion raises (migration 0008), however the driver wraps it. */
export const ALREADY_COMPLETED = 'idempotency key already completed'

/**
 * The attempt failed: free the key, so a corrected retry is not refused as a conflict. Only
 * a pending claim goes: if the failure came after the commit, the record is kept.
 */
export const releaseIdempotencyKey = (db: Database, keyHash: string) =>
  db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.keyHash, keyHash), eq(idempotencyKeys.status, PENDING))).run()

/** Retries come within minutes; a day is generous. Called by the daily cron. */
export const purgeIdempotencyKeys = (db: Database, olderThan: Date) =>
  db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, olderThan)).run()
