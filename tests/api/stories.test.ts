import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { call, postStory } from '../support/api'

describe('POST /api/stories', () => {
  it('creates a story, returns its url and a new author key, and stores only the key hash', async () => {
    const res = await call('POST', '/api/stories', {
      body: { space: 'grief', title: 'Missing my gran', body: 'It has been a year.\n\nSome days are **easier**.', contentWarnings: ['grief'] },
    })
    expect(res.status).toBe(201)
    const { story, authorKey } = res.body
    expect(authorKey).toMatch(/^lk_[A-Za-z0-9_-]{43}$/)
    expect(story).toMatchObject({ space: 'grief', title: 'Missing my gran', status: 'published', contentWarnings: ['grief'], isAuthor: true })
    expect(story.url).toBe(`https://lantern.test/s/${story.id}`)
    expect(story.bodyHtml).toContain('<strong>easier</strong>')
    expect(story.author.name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/)
    const row = await env.DB.prepare('SELECT * FROM stories WHERE id = ?').bind(story.id).first<Record<string, string>>()
    expect(row!.author_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(row)).not.toContain(authorKey)
  })

  it('keeps using the key it is given and issues no new one', async () => {
    const first = await postStory()
    const second = await call('POST', '/api/stories', { key: first.key, body: { space: 'anxiety', title: 'Again', body: 'Hello' } })
    expect(second.status).toBe(201)
    expect(second.body.authorKey).toBeUndefined()
    expect(second.body.story.isAuthor).toBe(true)
  })

  it('gives the same author a different pseudonym in each story', async () => {
    const a = await postStory()
    const names = new Set([a.story.author.name])
    for (let i = 0; i < 4; i++) names.add((await postStory({}, a.key)).story.author.name)
    expect(names.size).toBeGreaterThan(1)
  })

  it('renders markdown safely: raw HTML is shown as typed, scripts never run, images become links', async () => {
    const { story } = await postStory({ body: 'I <3 my dog\n<script>alert(1)</script>\n![x](https://tracker.example/p.png) [bad](javascript:alert(1))' })
    expect(story.bodyHtml).toContain('I &lt;3 my dog')
    expect(story.bodyHtml).toContain('&lt;script&gt;')
    expect(story.bodyHtml).not.toMatch(/<script|<img|javascript:/)
    expect(story.body).toContain('<script>alert(1)</script>')
  })

  it.each([
    ['an empty title', { title: '   ' }, 'title'],
    ['an empty body', { body: '' }, 'body'],
    ['a title over 200 characters', { title: 'x'.repeat(201) }, 'title'],
    ['a body over 20,000 characters', { body: 'x'.repeat(20_001) }, 'body'],
    ['an unknown content warning', { contentWarnings: ['spiders'] }, 'contentWarnings'],
    ['a missing space', { space: undefined }, 'space'],
  ])('refuses %s with a clear 400', async (_name, overrides, field) => {
    const body = { space: 'anxiety', title: 'T', body: 'B', ...overrides }
    const res = await call('POST', '/api/stories', { body })
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('invalid_input')
    expect(res.body.error.message.length).toBeGreaterThan(10)
    expect(res.body.error.details.map((d: { field: string }) => d.field.split('.')[0])).toContain(field)
  })

  it('accepts exactly 200 and 20,000 characters', async () => {
    const { story } = await postStory({ title: 't'.repeat(200), body: 'b'.repeat(20_000) })
    expect(story.title).toHaveLength(200)
  })

  it('refuses an unknown space with 404 space_not_found', async () => {
    const res = await call('POST', '/api/stories', { body: { space: 'nope', title: 'T', body: 'B' } })
    expect(res.status).toBe(404)
    expect(res.body.error.code).toBe('space_not_found')
  })

  it('refuses malformed JSON with invalid_json', async () => {
    const res = await call('POST', '/api/stories', { rawBody: '{"space": "anxiety", "title": ' })
    expect(res.status).toBe(400)
    expect(res.body.error).toMatchObject({ code: 'invalid_json' })
  })

  it('refuses a malformed author key instead of treating the caller as new', async () => {
    const res = await call('POST', '/api/stories', { key: 'not-a-key', body: { space: 'anxiety', title: 'T', body: 'B' } })
    expect(res.status).toBe(401)
    expect(res.body.error.code).toBe('invalid_author_key')
  })

  it('refuses a cross-site form post (CSRF)', async () => {
    const res = await call('POST', '/api/stories', {
      rawBody: 'space=anxiety',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' },
    })
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('forbidden')
  })
})

describe('Idempotency-Key', () => {
  const body = { space: 'recovery', title: 'Day 30', body: 'Thirty days of small steps.' }

  it('answers a retry with the first response and creates one story', async () => {
    const headers = { 'Idempotency-Key': 'retry-test-0001' }
    const first = await call('POST', '/api/stories', { body, headers })
    const retry = await call('POST', '/api/stories', { body, headers })
    expect(first.status).toBe(201)
    expect(retry.status).toBe(201)
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true')
    expect(retry.body).toEqual(first.body)
    const count = await env.DB.prepare("SELECT count(*) AS n FROM stories WHERE title = 'Day 30'").first<{ n: number }>()
    expect(count!.n).toBe(1)
  })

  it('creates one story when two identical submits race', async () => {
    const headers = { 'Idempotency-Key': 'race-test-0002' }
    const raced = { ...body, title: 'Raced' }
    const results = await Promise.all([call('POST', '/api/stories', { body: raced, headers }), call('POST', '/api/stories', { body: raced, headers })])
    expect(results.map((r) => r.status).sort()).toContainEqual(201)
    for (const r of results) expect([201, 409]).toContain(r.status)
    const count = await env.DB.prepare("SELECT count(*) AS n FROM stories WHERE title = 'Raced'").first<{ n: number }>()
    expect(count!.n).toBe(1)
  })

  it('stores the replay sealed: the author key is not readable in the database', async () => {
    const first = await call('POST', '/api/stories', { body: { ...body, title: 'Sealed' }, headers: { 'Idempotency-Key': 'sealed-test-0003' } })
    const rows = await env.DB.prepare('SELECT * FROM idempotency_keys').all()
    expect(JSON.stringify(rows.results)).not.toContain(first.body.authorKey)
  })

  it('refuses the same key with a different body', async () => {
    const headers = { 'Idempotency-Key': 'conflict-test-0004' }
    await call('POST', '/api/stories', { body, headers })
    const res = await call('POST', '/api/stories', { body: { ...body, title: 'Different' }, headers })
    expect(res.status).toBe(422)
    expect(res.body.error.code).toBe('idempotency_conflict')
  })

  it('frees the key when the first attempt failed, so the retry can succeed', async () => {
    const headers = { 'Idempotency-Key': 'failed-test-0005' }
    const bad = await call('POST', '/api/stories', { body: { ...body, space: 'no-such-space' }, headers })
    expect(bad.status).toBe(404)
    const row = await env.DB.prepare('SELECT count(*) AS n FROM idempotency_keys WHERE status = 0').first<{ n: number }>()
    expect(row!.n).toBe(0)
  })
})

describe('GET /api/stories', () => {
  it('pages through stories newest first with a cursor, with no duplicates or gaps', async () => {
    const created = []
    for (let i = 0; i < 5; i++) created.push((await postStory({ space: 'loneliness', title: `Page ${i}` })).story.id)
    const seen: string[] = []
    let cursor = ''
    do {
      const res = await call('GET', `/api/stories?space=loneliness&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      expect(res.status).toBe(200)
      seen.push(...res.body.stories.map((s: { id: string }) => s.id))
      cursor = res.body.nextCursor ?? ''
    } while (cursor)
    expect(seen).toEqual([...created].reverse())
  })

  it('refuses a forged cursor and an unknown space', async () => {
    expect((await call('GET', '/api/stories?cursor=garbage')).body.error.code).toBe('invalid_input')
    expect((await call('GET', '/api/stories?space=nope')).status).toBe(404)
  })

  it('does not list deleted stories', async () => {
    const { story, key } = await postStory({ space: 'depression', title: 'Soon gone' })
    await call('DELETE', `/api/stories/${story.id}`, { key })
    const res = await call('GET', '/api/stories?space=depression')
    expect(res.body.stories.map((s: { id: string }) => s.id)).not.toContain(story.id)
  })
})

describe('GET /api/stories/:id', () => {
  it('returns the story with its replies in order', async () => {
    const { story } = await postStory()
    await call('POST', `/api/stories/${story.id}/replies`, { body: { body: 'First reply' } })
    await call('POST', `/api/stories/${story.id}/replies`, { body: { body: 'Second reply' } })
    const res = await call('GET', `/api/stories/${story.id}`)
    expect(res.status).toBe(200)
    expect(res.body.story.replyCount).toBe(2)
    expect(res.body.replies.map((r: { body: string }) => r.body)).toEqual(['First reply', 'Second reply'])
    expect(res.body.story.isAuthor).toBeUndefined()
  })

  it('keeps the story’s own creation time (not its space’s)', async () => {
    const before = Date.now()
    const { story } = await postStory()
    await env.DB.prepare("UPDATE spaces SET created_at = 0 WHERE slug = 'anxiety'").run()
    const createdAt = Date.parse((await call('GET', `/api/stories/${story.id}`)).body.story.createdAt)
    expect(createdAt).toBeGreaterThanOrEqual(before - 1000)
  })

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await call('GET', '/api/stories/zzzzzzzzzzzz')).body.error.code).toBe('story_not_found')
    expect((await call('GET', '/api/stories/NOT_AN_ID!')).status).toBe(400)
  })
})

describe('PATCH and DELETE /api/stories/:id', () => {
  it('lets the key holder edit, and marks the story edited', async () => {
    const { story, key } = await postStory()
    const res = await call('PATCH', `/api/stories/${story.id}`, { key, body: { body: 'Updated *words*', contentWarnings: ['medical'] } })
    expect(res.status).toBe(200)
    expect(res.body.story).toMatchObject({ body: 'Updated *words*', contentWarnings: ['medical'], title: story.title })
    expect(res.body.story.bodyHtml).toContain('<em>words</em>')
    expect(res.body.story.editedAt).not.toBeNull()
  })

  it('refuses edits without a key (401) or with someone else’s key (403)', async () => {
    const { story } = await postStory()
    const other = await postStory()
    expect((await call('PATCH', `/api/stories/${story.id}`, { body: { body: 'x' } })).status).toBe(401)
    const res = await call('PATCH', `/api/stories/${story.id}`, { key: other.key, body: { body: 'x' } })
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('forbidden')
  })

  it('refuses an empty edit and an over-long one', async () => {
    const { story, key } = await postStory()
    expect((await call('PATCH', `/api/stories/${story.id}`, { key, body: {} })).status).toBe(400)
    expect((await call('PATCH', `/api/stories/${story.id}`, { key, body: { title: 'x'.repeat(201) } })).status).toBe(400)
  })

  it('deletes for the key holder: the words are erased and the story answers 410', async () => {
    const { story, key } = await postStory({ body: 'Words to erase entirely' })
    await call('POST', `/api/stories/${story.id}/replies`, { body: { body: 'A reply' } })
    const other = await postStory()
    expect((await call('DELETE', `/api/stories/${story.id}`, { key: other.key })).status).toBe(403)
    expect((await call('DELETE', `/api/stories/${story.id}`, { key })).status).toBe(200)
    const res = await call('GET', `/api/stories/${story.id}`)
    expect(res.status).toBe(410)
    expect(res.body.error.code).toBe('story_gone')
    const row = await env.DB.prepare('SELECT body, title FROM stories WHERE id = ?').bind(story.id).first()
    expect(row).toEqual({ body: '', title: '' })
    expect((await call('PATCH', `/api/stories/${story.id}`, { key, body: { body: 'back' } })).status).toBe(410)
  })
})
