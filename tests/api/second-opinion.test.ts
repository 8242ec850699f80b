import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import recordings from '../fixtures/ai/llama-guard.json'
import openAiAnswer from '../fixtures/ai/openai-moderation.json'
import { askOpenAi } from '../../worker/review/models'
import { call } from '../support/api'

/** Posts the recorded text as a story (title, blank line, body) and returns its id. */
async function postRecorded(index: number) {
  const [title, body] = recordings[index]!.input.split('\n\n') as [string, string]
  const res = await call('POST', '/api/stories', { body: { space: 'depression', title, body, country: 'GB' } })
  expect(res.status).toBe(201)
  return res.body.story.id as string
}

/** Waits for the real queue consumer to finish with a post. */
async function settled(sql: string, id: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const row = await env.DB.prepare(sql).bind(id).first()
    if (row) return row as Record<string, unknown>
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`nothing matched ${sql} for ${id} within ${timeoutMs} ms`)
}

describe('AI second opinion through the real Queue binding (recorded Llama Guard answers)', () => {
  it('records a safe answer and changes nothing', async () => {
    const id = await postRecorded(0)
    const review = await settled('SELECT * FROM ai_reviews WHERE post_id = ?', id)
    expect(review).toMatchObject({ provider: 'workers-ai', flagged: 0, raised: 0 })
    expect((await call('GET', `/api/stories/${id}`)).body.story.status).toBe('published')
    expect(await env.DB.prepare('SELECT * FROM queue_items WHERE post_id = ?').bind(id).first()).toBeNull()
  })

  it('raises an unsafe S11 answer (text form) on a post the screen missed into the queue at high priority', async () => {
    const id = await postRecorded(1)
    const screened = await env.DB.prepare('SELECT crisis_level FROM stories WHERE id = ?').bind(id).first<{ crisis_level: string }>()
    expect(screened!.crisis_level).toBe('none')
    const review = await settled('SELECT * FROM ai_reviews WHERE post_id = ?', id)
    expect(review).toMatchObject({ flagged: 1, raised: 1, categories: '["S11"]' })
    const item = await env.DB.prepare("SELECT * FROM queue_items WHERE post_id = ? AND status = 'open'").bind(id).first<Record<string, string | number>>()
    expect(item!.priority).toBeGreaterThanOrEqual(800)
    expect(JSON.parse(item!.sources as string)).toContain('ai')
  })

  it('reads the JSON answer form too, and holds a post the screen already found worrying', async () => {
    const id = await postRecorded(2)
    await settled('SELECT * FROM ai_reviews WHERE post_id = ? AND flagged = 1', id)
    const story = await env.DB.prepare('SELECT status, crisis_level FROM stories WHERE id = ?').bind(id).first<{ status: string; crisis_level: string }>()
    // Held only when the embedded screen saw at least concern; the AI never lowers anything.
    if (story!.crisis_level === 'none') expect(story!.status).toBe('published')
    else expect(story!.status).toBe('held')
    const item = await env.DB.prepare('SELECT priority FROM queue_items WHERE post_id = ?').bind(id).first<{ priority: number }>()
    expect(item!.priority).toBeGreaterThanOrEqual(800)
  })

  it('retries a malformed answer and then keeps a dead letter, never losing the post', async () => {
    const id = await postRecorded(3)
    const dead = await settled("SELECT * FROM dead_letters WHERE json_extract(body, '$.postId') = ?", id)
    expect(dead).toMatchObject({ queue: 'lantern-reviews', attempts: 2 })
    expect(String(dead.error)).toContain('Llama Guard verdict')
    expect((await call('GET', `/api/stories/${id}`)).body.story.status).toBe('published')
  })

  it('retries a timeout and then keeps a dead letter', async () => {
    const id = await postRecorded(4)
    const dead = await settled("SELECT * FROM dead_letters WHERE json_extract(body, '$.postId') = ?", id)
    expect(String(dead.error)).toContain('no answer within 300 ms')
    expect((await call('GET', `/api/stories/${id}`)).body.story.status).toBe('published')
  })
})

describe('OpenAI moderation client (recorded answer)', () => {
  it('reads self-harm intent from an omni-moderation answer', async () => {
    const fakeFetch = (async () => Response.json(openAiAnswer)) as unknown as typeof fetch
    const opinion = await askOpenAi('sk-test', 'text', fakeFetch)
    expect(opinion).toMatchObject({ provider: 'openai', selfHarm: true, intent: true, instructions: false })
  })

  it('refuses an answer without self-harm categories', async () => {
    const fakeFetch = (async () => Response.json({ results: [{ flagged: false }] })) as unknown as typeof fetch
    await expect(askOpenAi('sk-test', 'text', fakeFetch)).rejects.toThrow('no self-harm categories')
  })
})
