import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { modCall, moderatorSession, seedFlaggedStory } from '../support/mod'

describe('claims', () => {
  it('two volunteers claim the same item at once: exactly one wins, the other sees who holds it', async () => {
    const a = await moderatorSession()
    const b = await moderatorSession()
    const { item } = await seedFlaggedStory({ reason: 'imminent' })
    const results = await Promise.all([a, b].map((m) => modCall('POST', `/api/mod/items/${item.id}/claim`, { session: m.session })))
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    const winner = results.find((r) => r.status === 200)!
    const loser = results.find((r) => r.status === 409)!
    expect(loser.body.error.code).toBe('item_claimed')
    expect(loser.body.error.details.holder).toBe(winner.body.claim.holder)
    const claims = await env.DB.prepare("select actor_handle from audit_events where action = 'claim' and queue_item_id = ?").bind(item.id).all()
    expect(claims.results).toEqual([{ actor_handle: winner.body.claim.holder }])
  })

  it('many racing claims still give one winner', async () => {
    const volunteers = await Promise.all(Array.from({ length: 6 }, () => moderatorSession()))
    const { item } = await seedFlaggedStory({ reason: 'high' })
    const results = await Promise.all(volunteers.map((m) => modCall('POST', `/api/mod/items/${item.id}/claim`, { session: m.session })))
    expect(results.filter((r) => r.status === 200)).toHaveLength(1)
  })

  it('the lock lasts CLAIM_MINUTES, the holder renews it without a new audit event, and an expired lock can be taken', async () => {
    const a = await moderatorSession()
    const b = await moderatorSession()
    const { item } = await seedFlaggedStory()
    const first = await modCall('POST', `/api/mod/items/${item.id}/claim`, { session: a.session })
    const minutes = (Date.parse(first.body.claim.expiresAt) - Date.now()) / 60_000
    expect(minutes).toBeGreaterThan(Number(env.CLAIM_MINUTES) - 0.5)
    expect(minutes).toBeLessThanOrEqual(Number(env.CLAIM_MINUTES))
    expect((await modCall('POST', `/api/mod/items/${item.id}/claim`, { session: a.session })).status).toBe(200)
    await env.DB.prepare('update queue_items set claim_expires_at = ? where id = ?').bind(Date.now() - 1, item.id).run()
    expect((await modCall('POST', `/api/mod/items/${item.id}/claim`, { session: b.session })).status).toBe(200)
    const events = await env.DB.prepare("select actor_handle from audit_events where action = 'claim' and queue_item_id = ? order by id").bind(item.id).all()
    expect(events.results.map((e) => e.actor_handle)).toEqual([a.handle, b.handle])
  })

  it('only the holder or an admin can release; an admin release is audited with who held it', async () => {
    const holder = await moderatorSession()
    const other = await moderatorSession()
    const admin = await moderatorSession('admin')
    const { item } = await seedFlaggedStory()
    await modCall('POST', `/api/mod/items/${item.id}/claim`, { session: holder.session })
    const refused = await modCall('POST', `/api/mod/items/${item.id}/release`, { session: other.session })
    expect(refused.status).toBe(403)
    expect(refused.body.error.code).toBe('admin_only')
    const released = await modCall('POST', `/api/mod/items/${item.id}/release`, { session: admin.session })
    expect(released.body).toEqual({ released: true })
    const event = await env.DB.prepare("select actor_handle, before, after from audit_events where action = 'release' and queue_item_id = ?").bind(item.id).first()
    expect(event).toEqual({ actor_handle: admin.handle, before: JSON.stringify({ claimedBy: holder.handle }), after: JSON.stringify({ claimedBy: null }) })
    expect((await modCall('POST', `/api/mod/items/${item.id}/claim`, { session: other.session })).status).toBe(200)
  })

  it('a closed item cannot be claimed; an unknown one is 404', async () => {
    const { session } = await moderatorSession()
    const { item } = await seedFlaggedStory()
    await env.DB.prepare("update queue_items set status = 'closed' where id = ?").bind(item.id).run()
    expect((await modCall('POST', `/api/mod/items/${item.id}/claim`, { session })).body.error.code).toBe('item_closed')
    const missing = await modCall('POST', '/api/mod/items/zzzzzzzzzzzz/claim', { session })
    expect([missing.status, missing.body.error.code]).toEqual([404, 'item_not_found'])
  })
})
