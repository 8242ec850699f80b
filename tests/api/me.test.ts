import { describe, expect, it } from 'vitest'
import { call, postStory } from '../support/api'

describe('GET /api/me/export', () => {
  it('exports everything the key holder wrote, and nothing of anyone else', async () => {
    const mine = await postStory({ title: 'Mine' })
    await postStory({ title: 'Theirs' })
    const other = await postStory({ title: 'Also theirs' })
    await call('POST', `/api/stories/${other.story.id}/replies`, { key: mine.key, body: { body: 'My reply' } })
    await call('POST', `/api/stories/${other.story.id}/reactions`, { key: mine.key, body: { kind: 'metoo' } })

    const res = await call('GET', '/api/me/export', { key: mine.key })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Disposition')).toContain('attachment')
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(res.body.stories.map((s: { title: string }) => s.title)).toEqual(['Mine'])
    expect(res.body.replies.map((r: { body: string }) => r.body)).toEqual(['My reply'])
    expect(res.body.reactions).toEqual([{ storyId: other.story.id, kind: 'metoo', createdAt: expect.any(String) }])
    expect(JSON.stringify(res.body)).not.toMatch(/author_?hash/i)
  })

  it('leaves out deleted posts', async () => {
    const { story, key } = await postStory({ title: 'Gone soon' })
    await call('DELETE', `/api/stories/${story.id}`, { key })
    expect((await call('GET', '/api/me/export', { key })).body.stories).toEqual([])
  })

  it('needs a key', async () => {
    const res = await call('GET', '/api/me/export')
    expect(res.status).toBe(401)
    expect(res.body.error.code).toBe('missing_author_key')
  })
})
