import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { database } from '../../db/client'
import { getPartner } from '../../db/queries/partners'
import { hashPartnerKey } from '../../worker/lib/partner-key'
import { handlePartnerForm } from '../../worker/partners/admin-form'
import { call } from '../support/api'

const admin = { id: 'admin-1', handle: 'grace' }
const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v)
  return data
}
const db = () => database(env.DB)
const base = { action: 'create', slug: 'uni', name: 'City University', origins: 'https://www.city.ac.uk\nhttps://students.city.ac.uk' }

describe('partner admin actions', () => {
  it('creates a partner from the form, shows its key once and stores only the hash', async () => {
    const result = await handlePartnerForm(db(), form({
      ...base, accent: '#0b5cad', scheme: 'light', locale: 'es', spaces: ['anxiety', 'loneliness'], defaultSpace: 'anxiety',
      resources: 'Student line | 0800 111 222 | | https://city.ac.uk/help | Term time 9–17', holdConcern: 'on',
    }), admin)
    expect(result).toMatchObject({ ok: true, action: 'create', slug: 'uni', apiKey: expect.stringMatching(/^pk_/) })
    const stored = await getPartner(db(), 'uni')
    expect(stored).toMatchObject({
      name: 'City University', allowedOrigins: ['https://www.city.ac.uk', 'https://students.city.ac.uk'], locale: 'es', spaces: ['anxiety', 'loneliness'],
      defaultSpace: 'anxiety', theme: { accent: '#0b5cad', scheme: 'light' }, policy: { holdConcern: true },
      resources: [{ name: 'Student line', phone: '0800 111 222', url: 'https://city.ac.uk/help', hours: 'Term time 9–17' }],
    })
    expect(stored!.apiKeyHash).toBe(await hashPartnerKey(result.ok ? result.apiKey! : ''))
    const res = await call('GET', '/api/partner', { headers: { Authorization: `Bearer ${result.ok ? result.apiKey : ''}` } })
    expect(res.body.partner.slug).toBe('uni')
  })

  it('refuses invalid settings, unknown spaces and duplicate slugs with reasons, saving nothing', async () => {
    const bad = await handlePartnerForm(db(), form({ ...base, slug: 'bad', origins: 'https://bad.example/path', accent: '#ffff00' }), admin)
    expect(bad.ok).toBe(false)
    expect(!bad.ok && bad.problems.join(' ')).toMatch(/allowedOrigins\.0.*contrast/s)
    expect(await getPartner(db(), 'bad')).toBeUndefined()
    const space = await handlePartnerForm(db(), form({ ...base, slug: 'spaceless', spaces: 'nowhere' }), admin)
    expect(!space.ok && space.problems).toEqual(['There is no space called "nowhere".'])
    const again = await handlePartnerForm(db(), form(base), admin)
    expect(!again.ok && again.problems).toEqual(['A partner called "uni" already exists.'])
  })

  it('updates settings, rotates the key (the old one stops working) and removes only with the slug typed', async () => {
    const created = await handlePartnerForm(db(), form({ ...base, slug: 'edit-me' }), admin)
    const oldKey = created.ok ? created.apiKey! : ''
    const updated = await handlePartnerForm(db(), form({ ...base, action: 'update', slug: 'edit-me', name: 'Renamed', origins: 'https://renamed.example' }), admin)
    expect(updated).toMatchObject({ ok: true, action: 'update' })
    expect(await getPartner(db(), 'edit-me')).toMatchObject({ name: 'Renamed', allowedOrigins: ['https://renamed.example'], apiKeyHash: await hashPartnerKey(oldKey) })

    const rotated = await handlePartnerForm(db(), form({ action: 'rotate', slug: 'edit-me' }), admin)
    expect(rotated).toMatchObject({ ok: true, apiKey: expect.stringMatching(/^pk_/) })
    expect((await call('GET', '/api/partner', { headers: { Authorization: `Bearer ${oldKey}` } })).status).toBe(401)

    expect(await handlePartnerForm(db(), form({ action: 'delete', slug: 'edit-me', confirm: 'nope' }), admin)).toMatchObject({ ok: false })
    expect(await getPartner(db(), 'edit-me')).toBeDefined()
    expect(await handlePartnerForm(db(), form({ action: 'delete', slug: 'edit-me', confirm: 'edit-me' }), admin)).toMatchObject({ ok: true, action: 'delete' })
    expect(await getPartner(db(), 'edit-me')).toBeUndefined()
    const audit = await env.DB.prepare("SELECT action, actor_id FROM audit_events WHERE note = 'edit-me' ORDER BY id").all()
    expect(audit.results).toEqual(['partner.create', 'partner.update', 'partner.rotate_key', 'partner.delete'].map((action) => ({ action, actor_id: 'admin-1' })))
  })
})
