import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { percentile } from '../../worker/triage/stats'
import { modCall, moderatorSession, seedFlaggedStory } from '../support/mod'

const MINUTE = 60_000

async function settle(itemId: string, firstActionAfterMin: number, falseAlarm: boolean) {
  const created = (await env.DB.prepare('select created_at from queue_items where id = ?').bind(itemId).first<{ created_at: number }>())!.created_at
  await env.DB.prepare("update queue_items set status = 'closed', first_action_at = ?, closed_at = ?, false_alarm = ? where id = ?")
    .bind(created + firstActionAfterMin * MINUTE, created + firstActionAfterMin * MINUTE, falseAlarm ? 1 : 0, itemId)
    .run()
}

describe('statistics', () => {
  it('percentile uses the nearest rank', () => {
    expect(percentile([], 50)).toBeNull()
    expect(percentile([4], 90)).toBe(4)
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5)
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9)
  })

  it('GET /api/mod/stats: flagged per day by level, response times, false-alarm rates, open now', async () => {
    const { session } = await moderatorSession()
    const today = new Date().toISOString().slice(0, 10)
    const a = await seedFlaggedStory({ reason: 'high', lang: 'en' })
    const b = await seedFlaggedStory({ reason: 'high', lang: 'es' })
    const c = await seedFlaggedStory({ reason: 'report', source: 'report', lang: 'en' })
    await seedFlaggedStory({ reason: 'imminent' })
    await settle(a.item.id, 2, false)
    await settle(b.item.id, 4, true)
    await settle(c.item.id, 30, true)

    const res = await modCall('GET', '/api/mod/stats?days=7', { session })
    expect(res.status).toBe(200)
    expect(res.body.perDay).toHaveLength(8)
    expect(res.body.perDay.at(-1)).toEqual({ day: today, counts: expect.objectContaining({ high: 2, report: 1, imminent: 1, concern: 0 }) })
    expect(res.body.response.overall).toEqual({ count: 3, medianMinutes: 4, p90Minutes: 30 })
    expect(res.body.response.byLevel).toEqual([
      { level: 'high', count: 2, medianMinutes: 2, p90Minutes: 4 },
      { level: 'report', count: 1, medianMinutes: 30, p90Minutes: 30 },
    ])
    expect(res.body.falseAlarms.bySource).toEqual([
      { key: 'screen', closed: 2, falseAlarms: 1, rate: 0.5 },
      { key: 'report', closed: 1, falseAlarms: 1, rate: 1 },
    ])
    expect(res.body.falseAlarms.byLang).toEqual(expect.arrayContaining([{ key: 'es', closed: 1, falseAlarms: 1, rate: 1 }, { key: 'en', closed: 2, falseAlarms: 1, rate: 0.5 }]))
    expect(res.body.openNow).toMatchObject({ imminent: 1, high: 0 })
    expect(res.body.openTotal).toBe(1)
  })
})
