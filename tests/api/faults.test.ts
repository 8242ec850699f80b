import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createWorker } from '../../worker/app'
import { hashAuthorKey } from '../../worker/lib/author-key'
import { ORIGIN } from '../support/api'
import { faultyD1, type Faults } from '../support/faulty-d1'

// The real Worker (no renderer) over the real local D1 behind a fault injector. No safety
// model here: 1,000 second-opinion requests would only slow the run down.
const worker = createWorker()
const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext
const withFaults = (faults: Faults) => {
  const faulty = faultyD1(env.DB, faults)
  return { env: { ...env, DB: faulty.db, AI: undefined } as Env, injected: faulty.injected }
}

const post = (target: Env, body: object, headers: Record<string, string> = {}) =>
  worker.fetch!(new Request(`${ORIGIN}/api/stories`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) }) as never, target, ctx)

const CRISIS = 'I have decided to end my life tonight, I have everything ready.'

describe('no loss under faults', () => {
  it('stores exactly 1,000 stories from 1,000 concurrent submits, none twice, while D1 keeps failing', async () => {
    const run = Date.now().toString(36)
    const { env: faulty, injected } = withFaults({ before: 0.1, after: 0.1, seed: 7 })
    const statuses = new Map<number, number>()
    // What the composer does: one Idempotency-Key per submit, retried after Retry-After.
    const submit = async (i: number) => {
      const body = { space: 'anxiety', title: `Fault run ${run} #${i}`, body: i % 10 === 0 ? CRISIS : `Small win number ${i} today.` }
      for (let attempt = 1; attempt <= 60; attempt++) {
        const res = await post(faulty, body, { 'Idempotency-Key': `fault-${run}-${i}` })
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
        if (res.status === 201) return (await res.json()) as { story: { id: string; title: string }; authorKey: string }
        expect(res.status).toBe(503)
        expect(res.headers.get('Retry-After')).toBe('5')
        await res.body?.cancel()
      }
      throw new Error(`submit ${i} never succeeded`)
    }
    const answers = await Promise.all(Array.from({ length: 1000 }, (_, i) => submit(i)))

    // Faults of both kinds happened, and every one of them was answered 503, never 500.
    expect(injected.before).toBeGreaterThan(100)
    expect(injected.after).toBeGreaterThan(100)
    expect([...statuses.keys()].sort()).toEqual([201, 503])

    const rows = await env.DB.prepare('SELECT id, title, author_hash, status FROM stories WHERE title LIKE ?').bind(`Fault run ${run} #%`).all<{ id: string; title: string; author_hash: string; status: string }>()
    expect(rows.results).toHaveLength(1000)
    expect(new Set(rows.results.map((r) => r.title)).size).toBe(1000)
    const byId = new Map(rows.results.map((r) => [r.id, r]))
    for (const [i, answer] of answers.entries()) {
      // Each submitter got the story that was stored, and the author key that owns it.
      const row = byId.get(answer.story.id)!
      expect(row.title).toBe(`Fault run ${run} #${i}`)
      expect(row.author_hash).toBe(await hashAuthorKey(answer.authorKey))
    }
    // Every held post reached the volunteers' queue exactly once: a post and its queue item commit together.
    const held = rows.results.filter((r) => r.status === 'held').map((r) => r.id)
    expect(held).toHaveLength(100)
    const items = await env.DB.prepare(`SELECT post_id, count(*) AS n FROM queue_items WHERE post_id IN (${held.map(() => '?').join(',')}) GROUP BY post_id`).bind(...held).all<{ n: number }>()
    expect(items.results.map((r) => r.n)).toEqual(held.map(() => 1))
  }, 180_000)

  it('answers 503 with Retry-After and a message that keeps the writer calm when D1 is down', async () => {
    const { env: down } = withFaults({ before: 1, after: 0 })
    const res = await post(down, { space: 'anxiety', title: 'Outage', body: 'Is anyone there?' }, { 'Idempotency-Key': `outage-${Date.now()}` })
    expect(res.status).toBe(503)
    expect(res.headers.get('Retry-After')).toBe('5')
    const { error } = (await res.json()) as { error: { code: string; message: string } }
    expect(error.code).toBe('unavailable')
    expect(error.message).toMatch(/still in your browser/)
    const reading = await worker.fetch!(new Request(`${ORIGIN}/api/stories?space=anxiety`) as never, down, ctx)
    expect(reading.status).toBe(503)
  })
})
