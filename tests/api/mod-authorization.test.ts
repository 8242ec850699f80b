import { beforeAll, describe, expect, it } from 'vitest'
import { modRoutes } from '../../worker/api/routes/mod'
import { makeModerator, modCall, moderatorSession, seedFlaggedStory, signIn, type Session } from '../support/mod'
import { env } from 'cloudflare:test'

type Endpoint = { method: 'GET' | 'POST'; path: string; admin?: boolean; body?: unknown }

/**
 * Every moderator endpoint, with a request that would succeed for the right caller. The
 * last test checks this list against the routes the app really has, so a new endpoint
 * cannot be added without being put through the matrix.
 */
let endpoints: Endpoint[] = []
let itemId = ''
let target = ''

beforeAll(async () => {
  itemId = (await seedFlaggedStory()).item.id
  target = (await makeModerator()).id
  endpoints = [
    { method: 'GET', path: '/api/mod/session' },
    { method: 'POST', path: '/api/mod/session/sign-out' },
    { method: 'POST', path: '/api/mod/session/sign-out-everywhere' },
    { method: 'GET', path: '/api/mod/queue' },
    { method: 'GET', path: `/api/mod/items/${itemId}` },
    { method: 'POST', path: `/api/mod/items/${itemId}/claim` },
    { method: 'POST', path: `/api/mod/items/${itemId}/release` },
    { method: 'POST', path: `/api/mod/items/${itemId}/actions`, body: { action: 'note', note: 'checked the thread' } },
    { method: 'GET', path: '/api/mod/audit' },
    { method: 'GET', path: '/api/mod/stats' },
    { method: 'GET', path: '/api/mod/moderators', admin: true },
    { method: 'POST', path: `/api/mod/moderators/${target}/disable`, admin: true },
    { method: 'POST', path: `/api/mod/moderators/${target}/enable`, admin: true },
    { method: 'GET', path: '/api/mod/invites', admin: true },
    { method: 'POST', path: '/api/mod/invites', admin: true, body: { role: 'moderator' } },
  ]
})

const label = (e: Endpoint) => `${e.method} ${e.path.replace(itemId, ':id').replace(target, ':id')}`
const send = (e: Endpoint, session: Session | null, csrf?: string | null) => modCall(e.method, e.path, { session, body: e.body, csrf })

describe('authorization matrix for /api/mod', () => {
  it('refuses anonymous callers everywhere with 401 not_signed_in', async () => {
    for (const e of endpoints) {
      const res = await send(e, null)
      expect([label(e), res.status, res.body.error?.code]).toEqual([label(e), 401, 'not_signed_in'])
    }
  })

  it('refuses a session of a disabled account everywhere with 401', async () => {
    const mod = await moderatorSession('admin')
    await env.DB.prepare('update moderators set disabled_at = ? where id = ?').bind(Date.now(), mod.id).run()
    for (const e of endpoints) {
      const res = await send(e, mod.session)
      expect([label(e), res.status]).toEqual([label(e), 401])
    }
  })

  it('refuses a forged or stale cookie with 401', async () => {
    const forged = { cookie: 'A'.repeat(43), csrf: 'x', handle: 'nobody' }
    for (const e of endpoints) expect([label(e), (await send(e, forged)).status]).toEqual([label(e), 401])
  })

  it('refuses moderators on admin endpoints with 403 admin_only', async () => {
    const { session } = await moderatorSession('moderator')
    for (const e of endpoints.filter((x) => x.admin)) {
      const res = await send(e, session)
      expect([label(e), res.status, res.body.error?.code]).toEqual([label(e), 403, 'admin_only'])
    }
  })

  it('refuses every state change without the session’s CSRF token, or with another session’s', async () => {
    const { session } = await moderatorSession('admin')
    const other = await moderatorSession('admin')
    for (const e of endpoints.filter((x) => x.method === 'POST')) {
      for (const csrf of [null, 'wrong-token', other.session.csrf]) {
        const res = await send(e, session, csrf)
        expect([label(e), csrf, res.status, res.body.error?.code]).toEqual([label(e), csrf, 403, 'csrf_invalid'])
      }
    }
  })

  it('lets the right role through (each call on a fresh session, as sign-out ends it)', async () => {
    const admin = await makeModerator('admin')
    const moderator = await makeModerator('moderator')
    for (const e of endpoints) {
      const res = await send(e, await signIn(e.admin ? admin.handle : moderator.handle))
      expect([label(e), res.status < 300]).toEqual([label(e), true])
    }
  })

  it('covers every route the moderator API has (except sign-in and joining, which are public)', () => {
    const PUBLIC = ['POST /session', 'POST /session/form', 'POST /join']
    const actual = new Set(modRoutes.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`))
    for (const p of PUBLIC) expect(actual.has(p)).toBe(true)
    const tested = new Set(endpoints.map((e) => `${e.method} ${e.path.replace('/api/mod', '').replace(itemId, ':id').replace(target, ':id')}`.replace(/\/$/, '')))
    const routes = [...actual].filter((r) => !PUBLIC.includes(r)).map((r) => r.replace(/\/$/, ''))
    expect(routes.sort()).toEqual([...tested].sort())
  })
})
