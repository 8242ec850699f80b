import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { hashPartnerKey } from '../../worker/lib/partner-key'
import { partnerConfigSchema } from '../../worker/partners/config'
import { BASE_PALETTES } from '../../worker/partners/theme'
import { DEMO_PARTNER } from '../../scripts/lib/demo-partner'
import { partnerArgs } from '../../scripts/lib/partner-args'
import { partnerInsertSql } from '../../scripts/lib/partner-sql'

const env = { ...process.env, WRANGLER_SEND_METRICS: 'false' }
const state = mkdtempSync(join(tmpdir(), 'lantern-partner-cli-'))
afterAll(() => rmSync(state, { recursive: true, force: true }))

const cli = (...args: string[]) => execFileSync('npx', ['tsx', 'scripts/partner-create.ts', '--persist-to', state, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
const query = (sql: string) =>
  (JSON.parse(execFileSync('npx', ['wrangler', 'd1', 'execute', 'DB', '--local', '--persist-to', state, '--json', '--command', sql], { env, encoding: 'utf8' })) as { results: Record<string, string>[] }[])[0]!.results

describe('npm run partner:create: arguments', () => {
  it('turns flags into partner settings and the D1 target', () => {
    const args = partnerArgs([
      '--slug', 'acme', '--name', 'Acme Charity', '--origin', 'https://acme.org', '--origin', 'https://www.acme.org', '--accent', '#0b6e4f', '--scheme', 'light',
      '--space', 'anxiety', '--default-space', 'anxiety', '--helpline', 'Acme line | 0800 123 456 |  | https://acme.org/help | 9–17', '--premoderate', '--remote',
    ])
    expect(args.target).toEqual(['--remote'])
    expect(partnerConfigSchema.parse(args.input)).toMatchObject({
      slug: 'acme', allowedOrigins: ['https://acme.org', 'https://www.acme.org'], theme: { accent: '#0b6e4f', scheme: 'light' }, spaces: ['anxiety'],
      defaultSpace: 'anxiety', resources: [{ name: 'Acme line', phone: '0800 123 456', url: 'https://acme.org/help', hours: '9–17' }], policy: { premoderate: true },
    })
    expect(partnerArgs(['--persist-to', '/tmp/x']).target).toEqual(['--local', '--persist-to', '/tmp/x'])
    expect(() => partnerArgs(['--slug'])).toThrow()
    expect(() => partnerArgs(['--unknown', 'x'])).toThrow(/Unknown option/)
  })

  it('writes one INSERT with quoted values, or an upsert that keeps the creation date', () => {
    const config = partnerConfigSchema.parse({ slug: 'acme', name: "O'Brien Trust", allowedOrigins: ['https://acme.org'] })
    const sql = partnerInsertSql(config, 'a'.repeat(64), { now: 1 })
    expect(sql).toBe(`INSERT INTO partners (slug, name, allowed_origins, theme, locale, default_space, spaces, resources, policy, api_key_hash, created_at) VALUES ('acme', 'O''Brien Trust', '["https://acme.org"]', '{}', 'en', NULL, NULL, '[]', '{}', '${'a'.repeat(64)}', 1);`)
    expect(partnerInsertSql(config, 'b', { replace: true })).toMatch(/ON CONFLICT\(slug\) DO UPDATE SET name = excluded\.name, .*api_key_hash = excluded\.api_key_hash;$/)
  })

  it('keeps the demo partner valid, with its page origins on port 8788', () => {
    expect(DEMO_PARTNER.allowedOrigins).toEqual(['http://127.0.0.1:8788', 'http://localhost:8788'])
    expect(DEMO_PARTNER.resources[0]!.name).toMatch(/demo/i)
  })

  it('mirrors the site stylesheet in the base palettes the theme contrast checks use', () => {
    const css = readFileSync('site/src/styles/global.css', 'utf8')
    const light = /:root \{([^}]*)\}/.exec(css)![1]!
    const dark = /prefers-color-scheme: dark\)\s*\{\s*:root \{([^}]*)\}/.exec(css)![1]!
    const value = (block: string, name: string) => new RegExp(`--${name}: (#[0-9a-f]{6})`).exec(block)?.[1]
    const names = { bg: 'bg', surface: 'surface', text: 'text', muted: 'muted', accent: 'accent', accentText: 'accent-text', border: 'border', calm: 'calm', alert: 'alert' } as const
    for (const [key, cssName] of Object.entries(names)) {
      expect(BASE_PALETTES.light[key as keyof typeof names], `light ${cssName}`).toBe(value(light, cssName))
      expect(BASE_PALETTES.dark[key as keyof typeof names], `dark ${cssName}`).toBe(value(dark, cssName))
    }
  })
})

describe('npm run partner:create: against a real local D1', () => {
  it('creates the partner, prints the key once and stores only its hash; refuses a duplicate unless --replace', async () => {
    execFileSync('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state], { env, stdio: 'ignore' })
    const first = JSON.parse(cli('--json', '--slug', 'acme', '--name', 'Acme Charity', '--origin', 'https://acme.org', '--space', 'anxiety', '--accent', '#0b6e4f').trim().split('\n').at(-1)!) as { apiKey: string }
    expect(first.apiKey).toMatch(/^pk_[A-Za-z0-9_-]{43}$/)
    const [row] = query("SELECT * FROM partners WHERE slug = 'acme'")
    expect(row).toMatchObject({ name: 'Acme Charity', allowed_origins: '["https://acme.org"]', spaces: '["anxiety"]', api_key_hash: await hashPartnerKey(first.apiKey) })
    expect(JSON.stringify(row)).not.toContain(first.apiKey)

    const duplicate = (() => {
      try {
        cli('--slug', 'acme', '--name', 'Again', '--origin', 'https://acme.org')
        return ''
      } catch (error) {
        return String((error as { stderr?: string }).stderr)
      }
    })()
    expect(duplicate).toContain('already exists. Add --replace')

    const replaced = cli('--replace', '--slug', 'acme', '--name', 'Acme Trust', '--origin', 'https://acme.org')
    const key = /pk_[A-Za-z0-9_-]{43}/.exec(replaced)![0]
    expect(replaced).toContain('data-partner="acme"')
    expect(query("SELECT name, api_key_hash FROM partners WHERE slug = 'acme'")).toEqual([{ name: 'Acme Trust', api_key_hash: await hashPartnerKey(key) }])
  }, 120_000)

  it('explains invalid settings and unknown spaces, and writes nothing', () => {
    const fail = (...args: string[]) => {
      try {
        cli(...args)
        return ''
      } catch (error) {
        return String((error as { stderr?: string }).stderr)
      }
    }
    expect(fail('--slug', 'Bad Slug', '--name', 'x', '--origin', 'https://x.org/path')).toMatch(/slug: A partner slug is.*allowedOrigins\.0: .*not written as an origin/s)
    expect(fail('--slug', 'ok', '--name', 'x', '--origin', 'https://x.org', '--space', 'nowhere')).toMatch(/No space called "nowhere"/)
    expect(query("SELECT COUNT(*) AS n FROM partners WHERE slug IN ('bad-slug', 'ok')")).toEqual([{ n: 0 }])
  }, 60_000)
})
