import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { newAuthorKey } from '../../worker/lib/author-key'
import { createWorker } from '../../worker/app'
import { call as callUnlimited, postStory } from '../support/api'
import { makeModerator, PASSWORD } from '../support/mod'
import worker from '../support/worker-entry'

// wrangler.toml [[ratelimits]]: 20 writes a minute per address, 12 per author key, 10
// sign-ins per address. Each test uses its own addresses and keys: the limiter's counts
// live for the whole run.
const story = { space: 'anxiety', title: 'Fast', body: 'Quick post.' }
// The other tests run with the limits off (vitest.config.ts); this Worker has them on.
const limited = createWorker()
const limitedEnv = { ...env, WRITE_LIMIT_OFF: 'false' }
const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext
const call = (...[method, path, opts]: Parameters<typeof callUnlimited>) =>
  callUnlimited(method, path, { ...opts, via: (request) => limited.fetch!(request as never, limitedEnv, ctx) as Promise<Response> })
const from = (ip: string) => ({ 'CF-Connecting-IP': ip })

describe('abuse limits', () => {
  it('slows down one connection that writes too fast, with a clear 429, and others are not affected', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 21; i++) statuses.push((await call('POST', '/api/stories', { body: story, headers: from('203.0.113.7') })).status)
    expect(statuses.slice(0, 20).every((s) => s === 201)).toBe(true)
    const limited = await call('POST', '/api/stories', { body: story, headers: from('203.0.113.7') })
    expect([limited.status, limited.body.error.code]).toEqual([429, 'rate_limited'])
    expect(limited.body.error.message).toMatch(/Your words are kept: wait a minute/)
    expect(limited.headers.get('Retry-After')).toBe('60')
    expect((await call('POST', '/api/stories', { body: story, headers: from('198.51.100.4') })).status).toBe(201)
  })

  it('limits one author key across addresses, on every kind of write, and not the next key', async () => {
    const { story: target, key } = await postStory()
    // The story was posted without a key (the server made one); then 12 writes with that
    // key (adding and taking back a reaction), each from a different address.
    for (let i = 0; i < 12; i++) {
      const res = i % 2 === 0
        ? await call('POST', `/api/stories/${target.id}/reactions`, { key, body: { kind: 'strength' }, headers: from(`192.0.2.${i + 1}`) })
        : await call('DELETE', `/api/stories/${target.id}/reactions/strength`, { key, headers: from(`192.0.2.${i + 1}`) })
      expect(res.status).toBeLessThan(300)
    }
    const attempts = {
      story: () => call('POST', '/api/stories', { key, body: story, headers: from('192.0.2.100') }),
      reply: () => call('POST', `/api/stories/${target.id}/replies`, { key, body: { body: 'Thinking of you.' }, headers: from('192.0.2.101') }),
      reaction: () => call('POST', `/api/stories/${target.id}/reactions`, { key, body: { kind: 'thanks' }, headers: from('192.0.2.102') }),
      edit: () => call('PATCH', `/api/stories/${target.id}`, { key, body: { body: 'Edited.' }, headers: from('192.0.2.103') }),
      report: () => call('POST', '/api/reports', { key, body: { postType: 'story', postId: target.id, reason: 'spam' }, headers: from('192.0.2.104') }),
      appeal: () => call('POST', '/api/me/appeals', { key, body: { postType: 'story', postId: target.id, message: 'Please look again.' }, headers: from('192.0.2.105') }),
    }
    for (const [kind, attempt] of Object.entries(attempts)) {
      const res = await attempt()
      expect([kind, res.status, res.body.error?.code]).toEqual([kind, 429, 'rate_limited'])
      expect(res.body.error.message).toMatch(/posting very quickly/)
    }
    const other = await call('POST', '/api/stories', { key: newAuthorKey(), body: story, headers: from('192.0.2.100') })
    expect(other.status).toBe(201)
  })

  it('limits sign-in attempts from one address, whichever handle they try', async () => {
    const { handle } = await makeModerator()
    const signIn = (who: string) => call('POST', '/api/mod/session', { body: { handle: who, password: 'wrong' }, headers: { ...from('203.0.113.99'), Origin: 'https://lantern.test' } })
    for (let i = 0; i < 10; i++) expect((await signIn(`nobody-${i}`)).status).toBe(401)
    const limited = await signIn(handle)
    expect([limited.status, limited.body.error.code, limited.headers.get('Retry-After')]).toEqual([429, 'rate_limited', '60'])
    // The plain HTML form sends the person back to the sign-in page with a message, not JSON.
    const form = await call('POST', '/api/mod/session/form', {
      rawBody: new URLSearchParams({ handle, password: PASSWORD }).toString(),
      headers: { ...from('203.0.113.99'), Origin: 'https://lantern.test', 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(form.status).toBe(303)
    expect(form.headers.get('Location')).toMatch(/^\/mod\/sign-in\?error=rate_limited/)
    // The right password from another address still works.
    const ok = await call('POST', '/api/mod/session', { body: { handle, password: PASSWORD }, headers: { ...from('203.0.113.100'), Origin: 'https://lantern.test' } })
    expect(ok.status).toBe(200)
  })

  it('hashes with a salt the daily cron replaces, keeping no old salt and nothing derived from it', async () => {
    await env.DB.prepare("INSERT INTO abuse_salts (day, salt) VALUES ('2000-01-01', 'old')").run()
    const ctx = createExecutionContext()
    await worker.scheduled!(createScheduledController({ cron: '17 3 * * *', scheduledTime: Date.now() }), env, ctx)
    await waitOnExecutionContext(ctx)
    const salts = await env.DB.prepare('SELECT day, salt FROM abuse_salts').all<{ day: string; salt: string }>()
    expect(salts.results).toEqual([{ day: new Date().toISOString().slice(0, 10), salt: expect.stringMatching(/^[0-9a-f]{64}$/) }])
  })
})
