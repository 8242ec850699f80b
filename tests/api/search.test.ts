import { describe, expect, it } from 'vitest'
import { call, postStory } from '../support/api'

describe('GET /api/search', () => {
  it('finds published stories by words in the title or body, with a marked snippet', async () => {
    const { story } = await postStory({ title: 'Learning to breathe', body: 'Box breathing helped me through a panic attack on the train.' })
    await postStory({ title: 'Unrelated', body: 'Gardening on Sundays keeps me steady.' })
    const res = await call('GET', '/api/search?q=panic%20train')
    expect(res.status).toBe(200)
    expect(res.body.results.map((r: { id: string }) => r.id)).toEqual([story.id])
    expect(res.body.results[0].snippet).toContain('«panic»')
    expect(res.body.results[0].url).toBe(`https://lantern.test/s/${story.id}`)
  })

  it('matches word prefixes and ignores accents', async () => {
    const { story } = await postStory({ title: 'Ansiedad', body: 'La ansiedad en la oficina me supera, pero la respiración ayuda.' })
    const res = await call('GET', '/api/search?q=respiracion')
    expect(res.body.results.map((r: { id: string }) => r.id)).toContain(story.id)
    expect((await call('GET', '/api/search?q=ofic')).body.results.map((r: { id: string }) => r.id)).toContain(story.id)
  })

  it('treats FTS syntax in the query as plain text', async () => {
    for (const q of ['"unbalanced', 'NEAR(a b)', 'title:*', 'a OR', '-', '***']) {
      const res = await call('GET', `/api/search?q=${encodeURIComponent(q)}`)
      expect(res.status).toBe(200)
    }
  })

  it('does not find deleted stories, and updates after an edit', async () => {
    const { story, key } = await postStory({ title: 'Quokka', body: 'A word nobody else uses: zephyrine.' })
    await call('PATCH', `/api/stories/${story.id}`, { key, body: { body: 'Now it says marmalade.' } })
    expect((await call('GET', '/api/search?q=zephyrine')).body.results).toHaveLength(0)
    expect((await call('GET', '/api/search?q=marmalade')).body.results).toHaveLength(1)
    await call('DELETE', `/api/stories/${story.id}`, { key })
    expect((await call('GET', '/api/search?q=marmalade')).body.results).toHaveLength(0)
  })

  it('refuses an empty query', async () => {
    const res = await call('GET', '/api/search?q=')
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('invalid_input')
  })
})
