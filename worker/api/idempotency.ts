import type { Context } from 'hono'
import { claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } from '../../db/queries/idempotency'
import { open, seal, sha256Hex } from '../lib/crypto'
import type { AppEnv } from './env'
import { ApiError } from './errors'

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,128}$/

/**
 * Runs `work` at most once per `Idempotency-Key`: a retry with the same key and body gets
 * the first response again (with `Idempotent-Replayed: true`); the same key with another
 * body is refused. Without the header, `work` simply runs. The stored response is sealed
 * with the client's key, so the author key it may contain is never readable at rest.
 */
export async function idempotent(
  c: Context<AppEnv>,
  scope: string,
  body: unknown,
  work: () => Promise<{ status: 200 | 201; payload: object }>,
): Promise<Response> {
  const clientKey = c.req.header('Idempotency-Key')
  if (clientKey === undefined) {
    const { status, payload } = await work()
    return c.json(payload, status)
  }
  if (!KEY_PATTERN.test(clientKey)) {
    throw new ApiError('invalid_input', 'Idempotency-Key must be 8 to 128 letters, digits or - _ . :')
  }
  const db = c.get('db')
  const keyHash = await sha256Hex(`${scope}:${clientKey}`)
  const requestHash = await sha256Hex(JSON.stringify(body))
  const existing = await claimIdempotencyKey(db, keyHash, requestHash)
  if (existing) return replay(c, clientKey, existing, requestHash)
  try {
    const { status, payload } = await work()
    const text = JSON.stringify(payload)
    await completeIdempotencyKey(db, keyHash, { status, ...(await seal(clientKey, text)) })
    return c.body(text, status, { 'Content-Type': 'application/json' })
  } catch (error) {
    await releaseIdempotencyKey(db, keyHash)
    throw error
  }
}

async function replay(
  c: Context<AppEnv>,
  clientKey: string,
  record: { requestHash: string; status: number; iv: string; ciphertext: string },
  requestHash: string,
): Promise<Response> {
  if (record.requestHash !== requestHash) {
    throw new ApiError('idempotency_conflict', 'This Idempotency-Key was already used for a different request.')
  }
  if (record.status === 0) {
    throw new ApiError('idempotency_in_progress', 'Your first attempt is still being saved. Try again in a moment.', undefined, {
      'Retry-After': '1',
    })
  }
  const text = await open(clientKey, record)
  return c.body(text, record.status as 200 | 201, { 'Content-Type': 'application/json', 'Idempotent-Replayed': 'true' })
}
