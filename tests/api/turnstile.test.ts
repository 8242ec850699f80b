import { env } from 'cloudflare:test'
import { describe, expect, inject, it } from 'vitest'
import { createWorker } from '../../worker/app'
import { ORIGIN } from '../support/api'

// Turnstile switched on, with Cloudflare's siteverify replaced by the local receiver
// replaying recorded answers (tests/support/webhook-receiver.ts): it cannot be reached here.
const receiver = inject('webhookReceiver')
const worker = createWorker()
const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext
const guarded = { ...env, TURNSTILE_SECRET_KEY: 'test-secret-0x4AAA', TURNSTILE_VERIFY_URL: `${receiver}/siteverify` } as Env

async function post(target: Env, headers: Record<string, string>) {
  const res = await worker.fetch!(
    new Request(`${ORIGIN}/api/stories`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ space: 'anxiety', title: 'Checked', body: 'A person wrote this.' }) }) as never,
    target,
    ctx,
  )
  return { status: res.status, body: (await res.json()) as Record<string, any> }
}

describe('Cloudflare Turnstile on the composer (optional)', () => {
  it('is off unless a secret is configured: posting needs no token', async () => {
    expect((await post(env, {})).status).toBe(201)
  })

  it('accepts a post whose token siteverify confirms, and never sends the poster’s address', async () => {
    const res = await post(guarded, { 'X-Turnstile-Token': 'XXXX.DUMMY.TOKEN.XXXX', 'Idempotency-Key': `turnstile-${Date.now()}`, 'CF-Connecting-IP': '203.0.113.50' })
    expect(res.status).toBe(201)
    const sent = (await (await fetch(`${receiver}/log/siteverify`)).json()) as { body: Record<string, string> }[]
    expect(sent.at(-1)!.body).toEqual({ secret: 'test-secret-0x4AAA', response: 'XXXX.DUMMY.TOKEN.XXXX' })
  })

  it.each([
    ['no token', {}, /complete the short check/],
    ['a token siteverify rejects', { 'X-Turnstile-Token': 'forged' }, /did not pass/],
    ['a spent or expired token', { 'X-Turnstile-Token': 'used-token' }, /expired/],
  ])('refuses %s with a clear 403 that keeps the words', async (_, headers, message) => {
    const res = await post(guarded, headers)
    expect([res.status, res.body.error.code]).toEqual([403, 'challenge_failed'])
    expect(res.body.error.message).toMatch(message)
    expect(res.body.error.message).toMatch(/Your words are kept/)
  })

  it('answers 503 with Retry-After when siteverify cannot be reached', async () => {
    const res = await worker.fetch!(
      new Request(`${ORIGIN}/api/stories`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Turnstile-Token': 'XXXX.DUMMY.TOKEN.XXXX' }, body: JSON.stringify({ space: 'anxiety', title: 'x', body: 'y' }) }) as never,
      { ...guarded, TURNSTILE_VERIFY_URL: 'http://127.0.0.1:9/siteverify' } as Env,
      ctx,
    )
    expect([res.status, res.headers.get('Retry-After')]).toEqual([503, '5'])
  })
})
