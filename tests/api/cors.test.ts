import { beforeAll, describe, expect, it } from 'vitest'
import { call } from '../support/api'
import { addPartner } from '../support/partners'

const PARTNER = 'https://cors-partner.example'
const STRANGER = 'https://stranger.example'

beforeAll(async () => {
  await addPartner({ slug: 'cors-partner', allowedOrigins: [PARTNER, 'http://localhost:8788'] })
})

const preflight = (origin: string, path = '/api/stories', method = 'POST') =>
  call('OPTIONS', path, { headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'content-type,x-author-key,idempotency-key' } })

describe('CORS for partner origins', () => {
  it('answers a preflight from a listed origin with the methods and headers the API reads', async () => {
    const res = await preflight(PARTNER)
    expect(res.status).toBe(204)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(PARTNER)
    expect(res.headers.get('Access-Control-Allow-Methods')).toBe('GET,POST,PATCH,DELETE')
    expect(res.headers.get('Access-Control-Allow-Headers')?.toLowerCase().split(',')).toEqual(expect.arrayContaining(['content-type', 'x-author-key', 'idempotency-key']))
    expect(res.headers.get('Access-Control-Max-Age')).toBe('600')
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull()
  })

  it('lets a listed origin read answers, errors and the replay header', async () => {
    const headers = { Origin: 'http://localhost:8788' }
    const list = await call('GET', '/api/spaces', { headers })
    expect(list.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:8788')
    expect(list.headers.get('Vary')).toMatch(/Origin/)
    const posted = await call('POST', '/api/stories', { headers: { ...headers, 'Idempotency-Key': 'cors-test-1' }, body: { space: 'anxiety', title: 'From a partner page', body: 'Hello.' } })
    expect(posted.status).toBe(201)
    expect(posted.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:8788')
    expect(posted.headers.get('Access-Control-Expose-Headers')).toContain('Idempotent-Replayed')
    const missing = await call('GET', '/api/stories/zzzzzzzz', { headers })
    expect(missing.status).toBe(404)
    expect(missing.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:8788')
    for (const path of ['/api/search?q=hello', `/api/stories/${posted.body.story.id}`]) {
      expect((await call('GET', path, { headers })).headers.get('Access-Control-Allow-Origin'), path).toBe('http://localhost:8788')
    }
  })

  it('gives origins no partner listed no CORS headers at all', async () => {
    const pre = await preflight(STRANGER)
    expect(pre.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(pre.headers.get('Access-Control-Allow-Methods')).toBeNull()
    const get = await call('GET', '/api/spaces', { headers: { Origin: STRANGER } })
    expect(get.status).toBe(200)
    expect(get.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(get.headers.get('Vary')).toMatch(/Origin/)
  })

  it('keeps partner endpoints and the author export out of browsers', async () => {
    for (const path of ['/api/partner/stats', '/api/me/export']) {
      const res = await call('GET', path, { headers: { Origin: PARTNER } })
      expect(res.headers.get('Access-Control-Allow-Origin'), path).toBeNull()
    }
  })

  it('serves the OpenAPI document to any origin', async () => {
    const res = await call('GET', '/api/openapi.json', { headers: { Origin: STRANGER } })
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })

  it('lets form-type requests through the CSRF check only from the site itself and partner origins', async () => {
    const body = { space: 'anxiety', title: 'Plain text post', body: 'Hi.' }
    // Past the CSRF check, the API still wants JSON: the point is that it is not refused as forgery.
    const fromPartner = await call('POST', '/api/stories', { headers: { Origin: PARTNER, 'Content-Type': 'text/plain' }, body })
    expect(fromPartner.status).toBe(400)
    expect(fromPartner.body.error.code).not.toBe('forbidden')
    const fromSite = await call('POST', '/api/stories', { headers: { Origin: 'https://lantern.test', 'Content-Type': 'text/plain' }, body })
    expect(fromSite.body.error.code).not.toBe('forbidden')
    const fromStranger = await call('POST', '/api/stories', { headers: { Origin: STRANGER, 'Content-Type': 'text/plain' }, body })
    expect(fromStranger.status).toBe(403)
    expect(fromStranger.body.error.code).toBe('forbidden')
  })
})
