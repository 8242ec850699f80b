/**
 * Runs last (vitest.config.ts sequencer), after every other browser test has written into
 * the e2e database: it adds one of each kind of secret the forum handles, then reads every
 * byte the server keeps (the D1 database and all other local state) and everything it
 * printed, looking for those secrets in plain text.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { E2E_SERVER_LOG, E2E_STATE } from './global-setup'

const baseUrl = inject('baseUrl')
const ADDRESS = '198.51.100.77'
const PASSWORD = 'scan: violet midnight harbour'
/** Passwords the other browser tests sign in with. */
const OTHER_PASSWORDS = ['a long calm night shift']
// A key is only a key with nothing of its alphabet around it (ciphertext is base64url too).
const AUTHOR_KEY = /(?<![A-Za-z0-9_-])lk_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/
const PARTNER_KEY = /(?<![A-Za-z0-9_-])pk_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/

const cli = (args: string[]) => execFileSync('npx', ['tsx', ...args, '--persist-to', E2E_STATE], { encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } })

async function api(method: string, path: string, opts: { body?: unknown; headers?: Record<string, string> } = {}) {
  const res = await fetch(baseUrl + path, {
    method,
    headers: { 'CF-Connecting-IP': ADDRESS, 'X-Forwarded-For': ADDRESS, ...(opts.body ? { 'Content-Type': 'application/json' } : {}), ...opts.headers },
    body: opts.body ? JSON.stringify(opts.body) : undefined,
  })
  return { status: res.status, headers: res.headers, body: (await res.json().catch(() => ({}))) as Record<string, any> }
}

/** Every file under `dir`, as text (bytes read as latin1, so nothing is lost). */
function filesUnder(dir: string): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [{ path, text: readFileSync(path).toString('latin1') }]
  })
}

describe('no secrets at rest, after the whole browser run', () => {
  it('keeps no author key, partner key, password, session or address in the database, local state or logs', async () => {
    // The command-line steps first: an idle keep-alive connection may be closed meanwhile.
    cli(['scripts/admin-create.ts', '--handle', 'scan-admin', '--password', PASSWORD])
    const { apiKey } = JSON.parse(cli(['scripts/partner-create.ts', '--slug', 'scan-partner', '--name', 'Scan Charity', '--origin', 'https://scan.example', '--json'])) as { apiKey: string }

    // One of each, written through the real API.
    const story = await api('POST', '/api/stories', { body: { space: 'anxiety', title: 'Scan', body: 'A quiet evening walk.' }, headers: { 'Idempotency-Key': `scan-${Date.now()}` } })
    expect(story.status).toBe(201)
    const authorKey = story.body.authorKey as string
    const asAuthor = { 'X-Author-Key': authorKey }
    expect((await api('POST', `/api/stories/${story.body.story.id}/replies`, { body: { body: 'Me too.' }, headers: asAuthor })).status).toBe(201)
    expect((await api('POST', `/api/stories/${story.body.story.id}/reactions`, { body: { kind: 'thanks' }, headers: asAuthor })).status).toBe(201)
    expect((await api('GET', '/api/me/export', { headers: asAuthor })).status).toBe(200)

    const signIn = await api('POST', '/api/mod/session', { body: { handle: 'scan-admin', password: PASSWORD }, headers: { Origin: baseUrl } })
    expect(signIn.status).toBe(200)
    const session = /__Host-lantern_mod=([^;]+)/.exec(signIn.headers.get('Set-Cookie') ?? '')![1]!

    expect((await api('GET', '/api/partner/stats', { headers: { Authorization: `Bearer ${apiKey}` } })).status).toBe(200)

    const kept = [...filesUnder(E2E_STATE), { path: E2E_SERVER_LOG, text: readFileSync(E2E_SERVER_LOG, 'latin1') }]
    expect(kept.some((f) => f.path.endsWith('.sqlite'))).toBe(true)
    const found: string[] = []
    for (const { path, text } of kept) {
      if (AUTHOR_KEY.test(text)) found.push(`${path}: an author key`)
      if (PARTNER_KEY.test(text)) found.push(`${path}: a partner key`)
      for (const secret of [authorKey, apiKey, session, PASSWORD, ...OTHER_PASSWORDS, ADDRESS]) {
        if (text.includes(secret)) found.push(`${path}: ${secret.slice(0, 6)}…`)
      }
    }
    expect(found).toEqual([])
  })
})
