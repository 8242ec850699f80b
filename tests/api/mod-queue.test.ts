import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { modCall, moderatorSession, seedFlaggedStory } from '../support/mod'

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000)

describe('GET /api/mod/queue', () => {
  it('orders by risk, then by waiting time, with counts and an urgent clock for high and imminent items', async () => {
    const { session } = await moderatorSession()
    const concernOld = await seedFlaggedStory({ reason: 'concern', createdAt: minutesAgo(90) })
    const highNew = await seedFlaggedStory({ reason: 'high', createdAt: minutesAgo(1) })
    const highOld = await seedFlaggedStory({ reason: 'high', createdAt: minutesAgo(12) })
    const report = await seedFlaggedStory({ reason: 'report', source: 'report', createdAt: minutesAgo(30) })
    const stigma = await seedFlaggedStory({ reason: 'stigma', createdAt: minutesAgo(60) })
    const imminent = await seedFlaggedStory({ reason: 'imminent', createdAt: minutesAgo(2), space: 'depression' })

    const res = await modCall('GET', '/api/mod/queue', { session })
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    const ids = res.body.items.map((i: { id: string }) => i.id)
    expect(ids).toEqual([imminent, highOld, highNew, report, concernOld, stigma].map((s) => s.item.id))
    const byId = Object.fromEntries(res.body.items.map((i: { id: string }) => [i.id, i]))
    expect(byId[highOld.item.id]).toMatchObject({ level: 'high', urgent: true, waitingMinutes: 12, claim: null })
    expect(byId[highNew.item.id].urgent).toBe(false)
    expect(byId[concernOld.item.id].urgent).toBe(false)
    expect(res.body.counts).toMatchObject({ total: 6, level: { imminent: 1, high: 2, report: 1, concern: 1, stigma: 1 }, source: { screen: 5, report: 1 } })
    // No post text, title or author hash in the list.
    const json = JSON.stringify(res.body)
    expect(json).not.toContain('do not want to be here')
    expect(json).not.toContain(imminent.authorHash)
  })

  it('filters by space, level, source and escalation, counting each dimension under the other filters', async () => {
    const { session } = await moderatorSession()
    await seedFlaggedStory({ reason: 'high', space: 'grief' })
    await seedFlaggedStory({ reason: 'concern', space: 'grief' })
    await seedFlaggedStory({ reason: 'report', source: 'report', space: 'grief' })
    const bySpace = await modCall('GET', '/api/mod/queue?space=grief', { session })
    expect(bySpace.body.items).toHaveLength(3)
    expect(bySpace.body.counts.level).toEqual({ high: 1, concern: 1, report: 1 })
    const both = await modCall('GET', '/api/mod/queue?space=grief&level=high', { session })
    expect(both.body.items.map((i: { level: string }) => i.level)).toEqual(['high'])
    expect(both.body.counts.level).toEqual({ high: 1, concern: 1, report: 1 })
    expect(both.body.counts.total).toBe(1)
    const bySource = await modCall('GET', '/api/mod/queue?space=grief&source=report', { session })
    expect(bySource.body.items.map((i: { source: string }) => i.source)).toEqual(['report'])
    expect((await modCall('GET', '/api/mod/queue?space=grief&escalated=true', { session })).body.items).toEqual([])
    const bad = await modCall('GET', '/api/mod/queue?level=panic', { session })
    expect(bad.status).toBe(400)
    expect(bad.body.error.code).toBe('invalid_input')
  })

  it('shows who holds a live claim, and nobody once it has run out', async () => {
    const holder = await moderatorSession()
    const viewer = await moderatorSession()
    const { item } = await seedFlaggedStory({ reason: 'imminent', space: 'recovery' })
    await modCall('POST', `/api/mod/items/${item.id}/claim`, { session: holder.session })
    const seen = (await modCall('GET', '/api/mod/queue?space=recovery', { session: viewer.session })).body.items[0]
    expect(seen.claim).toMatchObject({ holder: holder.handle, mine: false })
    await env.DB.prepare('update queue_items set claim_expires_at = ? where id = ?').bind(Date.now() - 1, item.id).run()
    expect((await modCall('GET', '/api/mod/queue?space=recovery', { session: viewer.session })).body.items[0].claim).toBeNull()
  })
})
