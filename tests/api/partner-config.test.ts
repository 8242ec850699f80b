import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { database } from '../../db/client'
import { deletePartner, getPartner, listPartners, rotatePartnerKey, updatePartner } from '../../db/queries/partners'
import { contrast } from '../../worker/partners/colour'
import { describeIssues, partnerConfigSchema, partnerThemeSchema } from '../../worker/partners/config'
import { DEFAULT_POLICY, stricter } from '../../moderation/policy'
import { readPartnerPolicy } from '../../worker/partners/policy'
import { themeCss, themeProblems, partnerPalette, MIN_CONTRAST } from '../../worker/partners/theme'
import { withPartnerLines } from '../../worker/partners/resources'
import { resourcesFor } from '../../moderation/resources'
import { addPartner } from '../support/partners'

const base = { slug: 'acme', name: 'Acme Charity', allowedOrigins: ['https://acme.org'] }
const problems = (input: object) => {
  const result = partnerConfigSchema.safeParse({ ...base, ...input })
  return result.success ? [] : describeIssues(result.error)
}

describe('partner configuration', () => {
  it('accepts a full configuration and fills defaults', () => {
    const config = partnerConfigSchema.parse({
      ...base,
      allowedOrigins: ['https://acme.org', 'https://www.acme.org:8443', 'http://localhost:8788', 'https://acme.org'],
      theme: { accent: '#0B6E4F', background: '#ffffff', text: '#111111', font: '"Acme Sans", system-ui, sans-serif', radius: '4px', scheme: 'light' },
      spaces: ['anxiety', 'recovery'],
      defaultSpace: 'anxiety',
      resources: [{ name: 'Acme listening line', phone: '+44 800 000 000', hours: 'Mon–Fri 9:00–17:00' }],
      policy: { holdConcern: true },
    })
    expect(config.allowedOrigins).toEqual(['https://acme.org', 'https://www.acme.org:8443', 'http://localhost:8788'])
    expect(config.theme.accent).toBe('#0b6e4f')
    expect(config.locale).toBe('en')
    expect(partnerConfigSchema.parse(base)).toMatchObject({ theme: {}, spaces: null, defaultSpace: null, resources: [], policy: {} })
  })

  it.each([
    ['https://acme.org/', 'trailing slash'],
    ['https://acme.org/forum', 'path'],
    ['https://*.acme.org', 'wildcard'],
    ['acme.org', 'no scheme'],
    ['http://acme.org', 'plain http'],
    ['https://acme.org?x=1', 'query'],
    ["https://acme.org; script-src *", 'CSP injection'],
    ['*', 'star'],
    ['null', 'opaque origin'],
  ])('refuses %s as an allowed origin (%s)', (origin) => {
    expect(problems({ allowedOrigins: [origin] }).join(' ')).toMatch(/allowedOrigins\.0/)
  })

  it('refuses bad slugs, unsafe font stacks, radii and colours, and unreadable themes', () => {
    expect(problems({ slug: 'Acme' })[0]).toMatch(/slug/)
    expect(problems({ slug: 'acme_1' })[0]).toMatch(/slug/)
    expect(problems({ theme: { font: 'x;} body{display:none' } })[0]).toMatch(/font/)
    expect(problems({ theme: { font: 'a</style><script>' } })[0]).toMatch(/font/)
    expect(problems({ theme: { radius: '1px;color:red' } })[0]).toMatch(/radius/)
    expect(problems({ theme: { accent: 'red' } })[0]).toMatch(/hex/)
    expect(problems({ theme: { accent: '#ffd700' } }).join(' ')).toMatch(/Links \(accent\) on the background: #ffd700 on #fbf8f3 has contrast 1\.\d+:1/)
    expect(problems({ theme: { background: '#000000', text: '#222222' } }).join(' ')).toMatch(/Text on the background/)
    expect(problems({ extra: true, theme: { colour: '#000' } }).join(' ')).toMatch(/theme/)
  })

  it('checks spaces, resources and policy', () => {
    expect(problems({ spaces: ['anxiety'], defaultSpace: 'grief' })[0]).toMatch(/defaultSpace: The default space must be one/)
    expect(problems({ resources: [{ name: 'Line', hours: '24/7' }] })[0]).toMatch(/needs a phone number, a text number or a link/)
    expect(problems({ resources: [{ name: 'Line', url: 'http://line.example', hours: '24/7' }] })[0]).toMatch(/https/)
    expect(problems({ resources: [{ name: 'Line', phone: '0800 1111' }] })[0]).toMatch(/hours/)
    expect(problems({ policy: { relax: true } })[0]).toMatch(/policy/)
    expect(problems({ locale: 'fr' })[0]).toMatch(/locale is one of: en, es/)
  })

  it('derives a palette where every text colour reads at WCAG AA', () => {
    for (const theme of [{ accent: '#0b5cad' }, { background: '#fff4e6', text: '#3b2414', accent: '#9a3412' }, { scheme: 'dark' as const, background: '#10151c', text: '#e8eef5', accent: '#7cc4ff' }]) {
      const parsed = partnerThemeSchema.parse(theme)
      expect(themeProblems(parsed)).toEqual([])
      const p = partnerPalette(parsed)
      for (const [fg, bg] of [[p.text, p.bg], [p.text, p.surface], [p.muted, p.bg], [p.muted, p.surface], [p.accent, p.bg], [p.accentText, p.accent], [p.text, p.calm], [p.accent, p.calm], [p.text, p.alert]] as const) {
        expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(MIN_CONTRAST)
      }
    }
  })

  it('writes theme CSS that outranks the site defaults and respects the scheme', () => {
    expect(themeCss({})).toBe('')
    const light = themeCss({ accent: '#9a3412', scheme: 'light', radius: '4px' })
    expect(light).toMatch(/^:root:root\{--bg:#fbf8f3;.*--accent:#9a3412;.*--radius:4px;color-scheme:light\}$/)
    const auto = themeCss({ accent: '#9a3412', font: 'Georgia, serif' })
    expect(auto).toContain(':root:root{--font:Georgia, serif;}')
    expect(auto).toContain('@media not (prefers-color-scheme: dark){:root:root{')
  })

  it('lets a partner policy hold more, never less', () => {
    expect(stricter(DEFAULT_POLICY, readPartnerPolicy({ holdConcern: true })).holdFrom).toBe('concern')
    expect(stricter(DEFAULT_POLICY, readPartnerPolicy({ premoderate: true })).holdAll).toBe(true)
    expect(stricter({ ...DEFAULT_POLICY, holdFrom: 'concern' }, readPartnerPolicy({ holdConcern: false })).holdFrom).toBe('concern')
    expect(stricter({ ...DEFAULT_POLICY, holdAll: true }, readPartnerPolicy({ premoderate: false })).holdAll).toBe(true)
    expect(stricter(DEFAULT_POLICY, readPartnerPolicy({ nonsense: 1 }))).toEqual(DEFAULT_POLICY)
    expect(stricter(DEFAULT_POLICY, null)).toEqual(DEFAULT_POLICY)
  })

  it("puts the partner's own lines first and keeps the country's crisis lines and emergency number", () => {
    const country = resourcesFor('GB', 'en')
    const merged = withPartnerLines(country, { slug: 'acme', name: 'Acme Charity', resources: [{ name: 'Acme line', phone: '0800 000 000', hours: '9–5' }] })
    expect(merged.helplines[0]).toMatchObject({ name: 'Acme line', phone: '0800 000 000', verified: false, note: 'Acme Charity' })
    expect(merged.helplines.slice(1)).toEqual(country.helplines)
    expect(merged.emergency).toEqual(country.emergency)
    expect(merged.is24x7Available).toBe(country.is24x7Available)
  })
})

describe('partner storage', () => {
  it('stores a partner with only the hash of its key, and audits every change', async () => {
    const { key } = await addPartner({ slug: 'stored', theme: { accent: '#9a3412' } })
    const db = database(env.DB)
    const row = await getPartner(db, 'stored')
    expect(row).toMatchObject({ slug: 'stored', allowedOrigins: ['https://stored.example'], theme: { accent: '#9a3412' } })
    expect(row!.apiKeyHash).toMatch(/^[0-9a-f]{64}$/)
    const raw = await env.DB.prepare("SELECT * FROM partners WHERE slug = 'stored'").first()
    expect(JSON.stringify(raw)).not.toContain(key)

    const actor = { id: 'mod1', handle: 'ada' }
    expect(await updatePartner(db, 'stored', { name: 'Stored Org' }, actor)).toMatchObject({ name: 'Stored Org' })
    expect(await rotatePartnerKey(db, 'stored', 'f'.repeat(64), actor)).toBe(true)
    expect(await deletePartner(db, 'stored', actor)).toBe(true)
    expect(await updatePartner(db, 'stored', { name: 'x' }, actor)).toBeNull()
    expect((await listPartners(db)).map((p) => p.slug)).not.toContain('stored')
    const audit = await env.DB.prepare("SELECT action, actor_handle, before, after FROM audit_events WHERE note = 'stored' ORDER BY id").all<Record<string, string>>()
    expect(audit.results.map((a) => a.action)).toEqual(['partner.create', 'partner.update', 'partner.rotate_key', 'partner.delete'])
    expect(audit.results.map((a) => a.actor_handle)).toEqual(['test', 'ada', 'ada', 'ada'])
    expect(JSON.stringify(audit.results)).not.toMatch(/api_?key_?hash|f{64}/i)
  })
})
