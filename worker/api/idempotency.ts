import type { BatchItem } from 'drizzle-orm/batch'
import type { Context } from 'hono'
import type { Database } from '../../db/client'
import { ALREADY_COMPLETED, claimIdempotencyKey, completeIdempotencyKey, idempotencyRecord, PENDING, releaseIdempotencyKey, type IdempotencyRecord } from '../../db/queries/idempotency'
import { open, seal, sha256Hex } from '../lib/crypto'
import { errorText } from '../lib/d1-errors'
import type { AppEnv } from './env'
import { ApiError } from './errors'

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,128}$/

type Write = BatchItem<'sqlite'>
/** A read the work needs, sent in the same D1 round trip as the key's claim. */
type Read = BatchItem<'sqlite'>
type ReadResult<R extends Read> = R['_']['result']

/** What a write request did: its answer, the statements that store it, what follows once stored. */
export type Outcome = {
  status: 200 | 201
  payload: object
  /** Committed together (one D1 batch, a transaction), with the stored answer when there is one. */
  writes: [Write, ...Write[]]
  /** After the commit: notifications and second opinions, which must never announce a post that was not stored. */
  after?: () => Promise<void>
}

/**
 * Runs a write at most once per `Idempotency-Key`: a retry with the same key and body gets
 * the first response again (with `Idempotent-Replayed: true`); the same key with another
 * body is refused. The post and its stored response commit in one batch, so a lost answer,
 * a retry after a failure or a double click never stores a post twice and never loses one:
 * a retry that finds the key still pending (its first attempt failed, or is still running)
 * does the work again, and the database lets only one attempt commit (migration 0008).
 * The stored response is sealed with the client's key, so the author key it may contain is
 * never readable at rest. Without the header, the writes simply commit.
 *
 * `read`, if given, is a query whose result `work` receives: it goes to D1 in one batch with
 * the claim, since each D1 round trip costs more than the statements in it.
 */
export async function idempotent<R extends Read = never>(
  c: Context<AppEnv>,
  scope: string,
  body: unknown,
  work: (read: ReadResult<R>) => Promise<Outcome>,
  read?: R,
): Promise<Response> {
  const db = c.get('db')
  const clientKey = c.req.header('Idempotency-Key')
  if (clientKey === undefined) {
    const { status, payload, writes, after } = await work(read && (await db.batch([read]))[0])
    await db.batch(writes)
    await after?.()
    return c.json(payload, status)
  }
  if (!KEY_PATTERN.test(clientKey)) {
    throw new ApiError('invalid_input', 'Idempotency-Key must be 8 to 128 letters, digits or - _ . :')
  }
  const keyHash = await sha256Hex(`${scope}:${clientKey}`)
  const requestHash = await sha256Hex(JSON.stringify(body))
  const [claim, record] = claimIdempotencyKey(db, keyHash, requestHash)
  const [, [existing], fetched] = read ? await db.batch([claim, record, read]) : [...(await db.batch([claim, record])), undefined]
  // Ours (just claimed, or pending after an attempt that failed or is still running) or another's.
  if (!existing) throw new Error('idempotency key not found right after its claim')
  if (existing.requestHash !== requestHash || existing.status !== PENDING) return replay(c, clientKey, existing, requestHash)
  let outcome: Outcome & { text: string }
  try {
    outcome = await commitOnce(db, keyHash, clientKey, await work(fetched))
  } catch (error) {
    if (errorText(error).includes(ALREADY_COMPLETED)) {
      // Another attempt with this key committed first: nothing of ours was stored.
      return replay(c, clientKey, (await idempotencyRecord(db, keyHash))!, requestHash)
    }
    await releaseIdempotencyKey(db, keyHash).catch(() => {})
    throw error
  }
  await outcome.after?.()
  return c.body(outcome.text, outcome.status, { 'Content-Type': 'application/json' })
}

async function commitOnce(db: Database, keyHash: string, clientKey: string, outcome: Outcome) {
  const text = JSON.stringify(outcome.payload)
  await db.batch([...outcome.writes, completeIdempotencyKey(db, keyHash, { status: outcome.status, ...(await seal(clientKey, text)) })])
  return { ...outcome, text }
}

async function replay(c: Context<AppEnv>, clientKey: string, record: IdempotencyRecord, requestHash: string): Promise<Response> {
  if (record.requestHash !== requestHash) {
    throw new ApiError('idempotency_conflict', 'This Idempotency-Key was already used for a different request.')
  }
  const text = await open(clientKey, record)
  return c.body(text, record.status as 200 | 201, { 'Content-Type': 'application/json', 'Idempotent-Replayed': 'true' })
}
