import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test'
import { expect, it } from 'vitest'
import worker from '../support/worker-entry'

it('the daily cron expires idempotency records older than a day, and keeps recent ones', async () => {
  const old = Date.now() - 25 * 3600_000
  await env.DB.prepare("INSERT INTO idempotency_keys (key_hash, request_hash, status, iv, ciphertext, created_at) VALUES ('old', 'r', 201, 'i', 'c', ?), ('new', 'r', 201, 'i', 'c', ?)")
    .bind(old, Date.now())
    .run()
  const ctx = createExecutionContext()
  await worker.scheduled!(createScheduledController({ cron: '17 3 * * *', scheduledTime: Date.now() }), env, ctx)
  await waitOnExecutionContext(ctx)
  const left = await env.DB.prepare('SELECT key_hash FROM idempotency_keys ORDER BY key_hash').all()
  expect(left.results.map((r) => r.key_hash)).toEqual(['new'])
})
