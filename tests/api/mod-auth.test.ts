import { createExecutionContext, createScheduledController, env, SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { hashSessionId } from '../../worker/mod-auth/session'
import { hashPassword, PBKDF2_ITERATIONS, verifyPassword } from '../../worker/mod-auth/password'
import { THROTTLE } from '../../db/queries/sign-in-throttle'
import { call } from '../support/api'
import { cookieFrom, makeModerator, modCall, moderatorSession, PASSWORD, signIn } from '../support/mod'

describe('passwords', () => {
  it('hashes with PBKDF2-SHA256, 100,000 iterations and a random salt, and verifies', async () => {
    const a = await hashPassword('correct horse battery staple')
    const b = await hashPassword('correct horse battery staple')
    expect(a).toMatch(new RegExp(`^pbkdf2\\$${PBKDF2_ITERATIONS}\\$[A-Za-z0-9_-]{22}\\$[A-Za-z0-9_-]{43}$`))
    expect(a).not.toBe(b)
    expect(await verifyPassword('correct horse battery staple', a)).toBe(true)
    expect(await verifyPassword('correct horse battery stapler', a)).toBe(false)
    expect(await verifyPassword('anything', 'plaintext')).toBe(false)
  })
})

describe('POST /api/mod/session (sign in)', () => {
  it('sets an HttpOnly, Secure, SameSite=Strict __Host- cookie and stores only its hash', async () => {
    const mod = await makeModerator('moderator')
    const res = await call('POST', '/api/mod/session', { body: { handle: mod.handle.toUpperCase(), password: PASSWORD } })
    expect(res.status).toBe(200)
    expect(res.body.moderator).toEqual({ handle: mod.handle, role: 'moderator' })
    expect(res.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const setCookie = res.headers.get('Set-Cookie')!
    expect(setCookie).toMatch(/^__Host-lantern_mod=/)
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/Secure/)
    expect(setCookie).toMatch(/SameSite=Strict/)
    expect(setCookie).toMatch(/Path=\//)
    expect(setCookie).not.toMatch(/Domain=/)
    const cookie = cookieFrom(res.headers)!
    const stored = await env.DB.prepare('select id_hash from sessions where moderator_id = ?').bind(mod.id).all<{ id_hash: string }>()
    expect(stored.results.map((r) => r.id_hash)).toEqual([await hashSessionId(cookie)])
    expect(JSON.stringify(stored.results)).not.toContain(cookie)
  })

  it('signing in on a browser that had another session ends that session', async () => {
    const first = await moderatorSession()
    const second = await makeModerator()
    const res = await modCall('POST', '/api/mod/session', { session: first.session, csrf: null, body: { handle: second.handle, password: PASSWORD } })
    expect(res.status).toBe(200)
    expect((await modCall('GET', '/api/mod/session', { session: first.session })).status).toBe(401)
  })

  it('refuses a wrong password and an unknown handle with the same answer', async () => {
    const mod = await makeModerator()
    const wrong = await call('POST', '/api/mod/session', { body: { handle: mod.handle, password: 'not the password' } })
    const unknown = await call('POST', '/api/mod/session', { body: { handle: 'nobody-here', password: 'not the password' } })
    expect([wrong.status, unknown.status]).toEqual([401, 401])
    expect(wrong.body).toEqual(unknown.body)
    expect(wrong.body.error.code).toBe('sign_in_failed')
  })

  it('locks a handle after repeated failures, even for the right password, and keeps no IP', async () => {
    const mod = await makeModerator()
    for (let i = 0; i < THROTTLE.maxFailures; i += 1) {
      expect((await call('POST', '/api/mod/session', { body: { handle: mod.handle, password: `guess number ${i}` } })).status).toBe(401)
    }
    const locked = await call('POST', '/api/mod/session', { body: { handle: mod.handle, password: PASSWORD } })
    expect(locked.status).toBe(429)
    expect(locked.body.error.code).toBe('rate_limited')
    expect(Number(locked.headers.get('Retry-After'))).toBeGreaterThan(0)
    const row = await env.DB.prepare('select * from sign_in_throttle').all()
    expect(JSON.stringify(row.results)).not.toContain(mod.handle)
  })

  it('the plain HTML form signs in and redirects onward (only to a moderator page), or back with the error', async () => {
    const mod = await makeModerator()
    const post = (fields: Record<string, string>) =>
      SELF.fetch('https://lantern.test/api/mod/session/form', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://lantern.test' },
        body: new URLSearchParams(fields).toString(),
        redirect: 'manual',
      })
    const ok = await post({ handle: mod.handle, password: PASSWORD, next: '/mod/stats' })
    expect([ok.status, ok.headers.get('Location')]).toEqual([303, '/mod/stats'])
    expect(cookieFrom(ok.headers)).toBeTruthy()
    const offsite = await post({ handle: mod.handle, password: PASSWORD, next: '//evil.example/mod' })
    expect(offsite.headers.get('Location')).toBe('/mod')
    const wrong = await post({ handle: mod.handle, password: 'not it at all', next: '/mod' })
    expect([wrong.status, wrong.headers.get('Location'), wrong.headers.get('Set-Cookie')]).toEqual([303, '/mod/sign-in?error=sign_in_failed&next=%2Fmod', null])
    const crossSite = await SELF.fetch('https://lantern.test/api/mod/session/form', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' },
      body: new URLSearchParams({ handle: mod.handle, password: PASSWORD }).toString(),
      redirect: 'manual',
    })
    expect(crossSite.status).toBe(403)
  })

  it('validates input', async () => {
    const res = await call('POST', '/api/mod/session', { body: { handle: '' } })
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('invalid_input')
  })
})

describe('sessions', () => {
  it('GET /api/mod/session tells who is signed in and the CSRF token', async () => {
    const { handle, session } = await moderatorSession('admin')
    const res = await modCall('GET', '/api/mod/session', { session })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ moderator: { handle, role: 'admin' }, csrfToken: session.csrf })
    expect(res.headers.get('Cache-Control')).toBe('no-store')
  })

  it('sign-out ends this session only; sign-out everywhere ends them all', async () => {
    const mod = await makeModerator()
    const [laptop, phone, tablet] = [await signIn(mod.handle), await signIn(mod.handle), await signIn(mod.handle)]
    const out = await modCall('POST', '/api/mod/session/sign-out', { session: laptop })
    expect(out.status).toBe(200)
    expect(out.headers.get('Set-Cookie')).toMatch(/__Host-lantern_mod=;.*Max-Age=0/)
    expect((await modCall('GET', '/api/mod/session', { session: laptop })).status).toBe(401)
    expect((await modCall('GET', '/api/mod/session', { session: phone })).status).toBe(200)
    expect((await modCall('POST', '/api/mod/session/sign-out-everywhere', { session: phone })).status).toBe(200)
    expect((await modCall('GET', '/api/mod/session', { session: phone })).status).toBe(401)
    expect((await modCall('GET', '/api/mod/session', { session: tablet })).status).toBe(401)
  })

  it('an HTML form posting the hidden CSRF field signs out and is redirected to the sign-in page', async () => {
    const { session } = await moderatorSession()
    const res = await modCall('POST', '/api/mod/session/sign-out', {
      session,
      csrf: null,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://lantern.test' },
    })
    // No token at all: refused.
    expect(res.status).toBe(403)
    const form = await (await import('cloudflare:test')).SELF.fetch('https://lantern.test/api/mod/session/sign-out', {
      method: 'POST',
      headers: { Cookie: `__Host-lantern_mod=${session.cookie}`, 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://lantern.test' },
      body: new URLSearchParams({ _csrf: session.csrf }).toString(),
      redirect: 'manual',
    })
    expect(form.status).toBe(303)
    expect(form.headers.get('Location')).toBe('/mod/sign-in')
    expect((await modCall('GET', '/api/mod/session', { session })).status).toBe(401)
  })

  it('disabling an account ends its access on the very next request, and it cannot sign in again', async () => {
    const admin = await moderatorSession('admin')
    const mod = await moderatorSession('moderator')
    expect((await modCall('GET', '/api/mod/queue', { session: mod.session })).status).toBe(200)
    const disabled = await modCall('POST', `/api/mod/moderators/${mod.id}/disable`, { session: admin.session })
    expect(disabled.status).toBe(200)
    expect((await modCall('GET', '/api/mod/queue', { session: mod.session })).status).toBe(401)
    const again = await call('POST', '/api/mod/session', { body: { handle: mod.handle, password: PASSWORD } })
    expect(again.status).toBe(403)
    expect(again.body.error.code).toBe('account_disabled')
    // Enabled again, they can sign in (old sessions stay gone).
    expect((await modCall('POST', `/api/mod/moderators/${mod.id}/enable`, { session: admin.session })).status).toBe(200)
    expect((await modCall('GET', '/api/mod/queue', { session: mod.session })).status).toBe(401)
    expect((await signIn(mod.handle)).cookie).toBeTruthy()
  })

  it('an admin cannot disable their own account', async () => {
    const admin = await moderatorSession('admin')
    const res = await modCall('POST', `/api/mod/moderators/${admin.id}/disable`, { session: admin.session })
    expect(res.status).toBe(409)
    expect(res.body.error.code).toBe('cannot_disable_self')
  })

  it('the daily cron forgets expired sessions and stale sign-in failure counts', async () => {
    const { session, id } = await moderatorSession()
    await env.DB.prepare('update sessions set expires_at = ? where moderator_id = ?').bind(Date.now() - 1000, id).run()
    await env.DB.prepare("insert into sign_in_throttle (handle_hash, failures, window_started_at) values ('stale', 2, ?)").bind(Date.now() - 3_600_000).run()
    await env.DB.prepare("insert into sign_in_throttle (handle_hash, failures, window_started_at) values ('recent', 2, ?)").bind(Date.now() - 60_000).run()
    const worker = (await import('../../worker/app')).createWorker()
    await worker.scheduled!(createScheduledController({ cron: '17 3 * * *', scheduledTime: Date.now() }), env, createExecutionContext())
    expect(await env.DB.prepare('select count(*) as n from sessions where moderator_id = ?').bind(id).first()).toEqual({ n: 0 })
    expect((await env.DB.prepare("select handle_hash from sign_in_throttle where handle_hash in ('stale', 'recent')").all()).results).toEqual([{ handle_hash: 'recent' }])
    expect((await modCall('GET', '/api/mod/session', { session })).status).toBe(401)
  })

  it('an expired session is refused', async () => {
    const { session, id } = await moderatorSession()
    await env.DB.prepare('update sessions set expires_at = ? where moderator_id = ?').bind(Date.now() - 1000, id).run()
    expect((await modCall('GET', '/api/mod/session', { session })).status).toBe(401)
  })
})

describe('invitations', () => {
  it('an admin invites; the link makes one account, signed in, with the invited role; it works once', async () => {
    const admin = await moderatorSession('admin')
    const invite = await modCall('POST', '/api/mod/invites', { session: admin.session, body: { role: 'moderator' } })
    expect(invite.status).toBe(201)
    const token = /#(.+)$/.exec(invite.body.invite.url)![1]!
    expect(invite.body.invite.url).toMatch(/^https:\/\/lantern\.test\/mod\/join#/)
    const stored = await env.DB.prepare('select * from invites').all()
    expect(JSON.stringify(stored.results)).not.toContain(token)

    const pending = await modCall('GET', '/api/mod/invites', { session: admin.session })
    expect(pending.body.invites).toHaveLength(1)

    const joined = await call('POST', '/api/mod/join', { body: { token, handle: 'new-volunteer', password: 'my own long passphrase' } })
    expect(joined.status).toBe(201)
    expect(joined.body.moderator).toEqual({ handle: 'new-volunteer', role: 'moderator' })
    const session = { cookie: cookieFrom(joined.headers)!, csrf: joined.body.csrfToken, handle: 'new-volunteer' }
    expect((await modCall('GET', '/api/mod/queue', { session })).status).toBe(200)

    const twice = await call('POST', '/api/mod/join', { body: { token, handle: 'someone-else', password: 'another long passphrase' } })
    expect(twice.status).toBe(410)
    expect(twice.body.error.code).toBe('invite_invalid')
    const audit = await env.DB.prepare("select action, actor_handle from audit_events where action in ('invite.create', 'moderator.join') order by id").all()
    expect(audit.results).toEqual([
      { action: 'invite.create', actor_handle: admin.handle },
      { action: 'moderator.join', actor_handle: 'new-volunteer' },
    ])
  })

  it('refuses a taken handle (the invitation stays usable), an expired link, and a short password', async () => {
    const admin = await moderatorSession('admin')
    const taken = await makeModerator()
    const url = (await modCall('POST', '/api/mod/invites', { session: admin.session, body: {} })).body.invite.url as string
    const token = url.split('#')[1]!
    const clash = await call('POST', '/api/mod/join', { body: { token, handle: taken.handle, password: 'a long enough passphrase' } })
    expect(clash.status).toBe(409)
    expect(clash.body.error.code).toBe('handle_taken')
    const short = await call('POST', '/api/mod/join', { body: { token, handle: 'fresh-one', password: 'short' } })
    expect(short.status).toBe(400)
    await env.DB.prepare('update invites set expires_at = ?').bind(Date.now() - 1).run()
    const expired = await call('POST', '/api/mod/join', { body: { token, handle: 'fresh-one', password: 'a long enough passphrase' } })
    expect(expired.status).toBe(410)
  })
})
