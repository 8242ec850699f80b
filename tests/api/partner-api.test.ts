import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { call, postStory } from '../support/api'
import { addPartner } from '../support/partners'

let acme: string
let zenith: string

beforeAll(async () => {
  acme = (await addPartner({ slug: 'acme', spaces: ['anxiety'] })).key
  zenith = (await addPartner({ slug: 'zenith', spaces: ['grief'] })).key
})

const asPartner = (key: string, path: string) => call('GET', path, { headers: { Authorization: `Bearer ${key}` } })

describe('partner API keys', () => {
  it('answers 401 in the envelope without a key, with a malformed one, or with an unknown one', async () => {
    const missing = await call('GET', '/api/partner/stories')
    expect(missing.status).toBe(401)
    expect(missing.body.error.code).toBe('missing_api_key')
    expect(missing.headers.get('WWW-Authenticate')).toBe('Bearer realm="lantern-partner"')
    for (const header of ['Bearer nonsense', `Basic ${acme}`, `Bearer pk_${'A'.repeat(43)}`, acme]) {
      const res = await call('GET', '/api/partner/stats', { headers: { Authorization: header } })
      expect(res.status, header).toBe(401)
      expect(res.body.error.code).toBe('invalid_api_key')
    }
  })

  it('shows a partner its own settings, never the key or its hash', async () => {
    const res = await asPartner(acme, '/api/partner')
    expect(res.status).toBe(200)
    expect(res.body.partner).toMatchObject({ slug: 'acme', spaces: ['anxiety'], allowedOrigins: ['https://acme.example'] })
    expect(JSON.stringify(res.body)).not.toMatch(/apiKeyHash|api_key_hash|pk_/)
  })
})

describe('partner scope', () => {
  it('lists published stories in its spaces and stories written through it, with public fields only', async () => {
    const inSpace = await postStory({ space: 'anxiety', title: 'In acme space' })
    const viaEmbed = await call('POST', '/api/stories', { headers: { 'X-Lantern-Partner': 'acme' }, body: { space: 'recovery', title: 'Written through acme', body: 'Hello from the embed.' } })
    expect(viaEmbed.status).toBe(201)
    const elsewhere = await postStory({ space: 'grief', title: 'In zenith space' })

    const res = await asPartner(acme, '/api/partner/stories?limit=50')
    expect(res.status).toBe(200)
    const ids = res.body.stories.map((s: { id: string }) => s.id)
    expect(ids).toContain(inSpace.story.id)
    expect(ids).toContain(viaEmbed.body.story.id)
    expect(ids).not.toContain(elsewhere.story.id)
    const written = res.body.stories.find((s: { id: string }) => s.id === viaEmbed.body.story.id)
    expect(written).toMatchObject({ writtenHere: true, space: 'recovery' })
    expect(written.isAuthor).toBeUndefined()
    const text = JSON.stringify(res.body)
    expect(text).not.toContain(inSpace.key)
    const hash = await env.DB.prepare('SELECT author_hash FROM stories WHERE id = ?').bind(inSpace.story.id).first<string>('author_hash')
    expect(text).not.toContain(hash)

    const other = await asPartner(zenith, '/api/partner/stories?limit=50')
    const otherIds = other.body.stories.map((s: { id: string }) => s.id)
    expect(otherIds).toContain(elsewhere.story.id)
    expect(otherIds).not.toContain(inSpace.story.id)
    expect(otherIds).not.toContain(viaEmbed.body.story.id)
  })

  it('ignores an unknown partner header instead of losing the post', async () => {
    const res = await call('POST', '/api/stories', { headers: { 'X-Lantern-Partner': 'nobody' }, body: { space: 'anxiety', title: 'Still posted', body: 'Words.' } })
    expect(res.status).toBe(201)
    const row = await env.DB.prepare('SELECT partner_slug FROM stories WHERE id = ?').bind(res.body.story.id).first()
    expect(row).toEqual({ partner_slug: null })
  })

  it('never lists held posts', async () => {
    const held = await postStory({ space: 'anxiety', title: 'Held one' })
    await env.DB.prepare("UPDATE stories SET status = 'held' WHERE id = ?").bind(held.story.id).run()
    const res = await asPartner(acme, '/api/partner/stories?limit=50')
    expect(JSON.stringify(res.body)).not.toContain('Held one')
  })

  it('pages with the same cursor as the public list and validates its query', async () => {
    const first = await asPartner(acme, '/api/partner/stories?limit=1')
    expect(first.body.stories).toHaveLength(1)
    expect(first.body.nextCursor).toEqual(expect.any(String))
    const second = await asPartner(acme, `/api/partner/stories?limit=1&cursor=${first.body.nextCursor}`)
    expect(second.body.stories[0].id).not.toBe(first.body.stories[0].id)
    expect((await asPartner(acme, '/api/partner/stories?limit=500')).body.error.code).toBe('invalid_input')
    expect((await asPartner(acme, '/api/partner/stats?days=0')).body.error.code).toBe('invalid_input')
  })

  it('counts activity per day and space, by status, reaction and crisis level, for its scope only', async () => {
    const story = await postStory({ space: 'anxiety', title: 'Counted' })
    await call('POST', `/api/stories/${story.story.id}/replies`, { body: { body: 'A kind reply.' } })
    await call('POST', `/api/stories/${story.story.id}/reactions`, { body: { kind: 'metoo' } })
    const flagged = await postStory({ space: 'anxiety', title: 'Flagged' })
    await env.DB.prepare("UPDATE stories SET status = 'held', crisis_level = 'high' WHERE id = ?").bind(flagged.story.id).run()
    await postStory({ space: 'grief', title: 'Not counted for acme' })

    const res = await asPartner(acme, '/api/partner/stats?days=7')
    expect(res.status).toBe(200)
    const today = new Date().toISOString().slice(0, 10)
    expect(res.body).toMatchObject({ partner: 'acme', to: today })
    expect(res.body.days.map((d: { space: string }) => d.space).sort()).toEqual(['anxiety', 'recovery'])
    const anxiety = res.body.days.find((d: { space: string }) => d.space === 'anxiety')
    expect(anxiety.date).toBe(today)
    expect(anxiety.stories.held).toBeGreaterThanOrEqual(2)
    expect(anxiety.replies.published).toBeGreaterThanOrEqual(1)
    expect(anxiety.reactions.metoo).toBeGreaterThanOrEqual(1)
    expect(anxiety.flagged.high).toBe(1)
    expect(res.body.totals.stories.published).toBe(res.body.days.reduce((n: number, d: { stories: { published: number } }) => n + d.stories.published, 0))
    expect(JSON.stringify(res.body)).not.toMatch(/Counted|Flagged|title|body|author/)

    const other = await asPartner(zenith, '/api/partner/stats')
    expect(other.body.days.every((d: { space: string }) => d.space === 'grief')).toBe(true)
    expect(other.body.totals.flagged.high).toBe(0)
  })
})
