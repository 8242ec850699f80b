import { describe, expect, it } from 'vitest'
import { call } from '../support/api'

describe('GET /api/spaces', () => {
  it('lists the seeded spaces in order, with descriptions', async () => {
    const res = await call('GET', '/api/spaces')
    expect(res.status).toBe(200)
    expect(res.body.spaces.map((s: { slug: string }) => s.slug)).toEqual([
      'anxiety', 'depression', 'grief', 'recovery', 'self-harm-recovery', 'loneliness', 'caring-for-someone',
    ])
    for (const s of res.body.spaces) expect(s.description.length).toBeGreaterThan(20)
  })

  it('answers in Spanish for Accept-Language: es, and for ?lang=es', async () => {
    const byHeader = await call('GET', '/api/spaces', { headers: { 'Accept-Language': 'es-MX,es;q=0.9,en;q=0.5' } })
    expect(byHeader.body.spaces[0].name).toBe('Ansiedad')
    expect((await call('GET', '/api/spaces?lang=es')).body.spaces[1].name).toBe('Depresión')
    expect((await call('GET', '/api/spaces?lang=xx')).body.spaces[0].name).toBe('Anxiety')
  })

  it('answers unknown API paths with the error envelope', async () => {
    const res = await call('GET', '/api/nothing-here')
    expect(res.status).toBe(404)
    expect(res.body).toEqual({ error: { code: 'not_found', message: expect.stringContaining('/api/nothing-here') } })
  })
})
