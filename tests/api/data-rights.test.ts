import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { call, postStory } from '../support/api'
import { seedFlaggedStory } from '../support/mod'
import worker from '../support/worker-entry'

/** Every row of every table, as text: what a person with the database file could read. */
async function wholeDatabase(): Promise<string> {
  const tables = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'").all<{ name: string }>()
  const dumps = await Promise.all(tables.results.map(({ name }) => env.DB.prepare(`SELECT * FROM "${name}"`).all()))
  return JSON.stringify(dumps.map((d) => d.results))
}

const daily = async () => {
  const ctx = createExecutionContext()
  await worker.scheduled!(createScheduledController({ cron: '17 3 * * *', scheduledTime: Date.now() }), env, ctx)
  await waitOnExecutionContext(ctx)
}

describe('DELETE /api/me: erase everything tied to a key', () => {
  it('leaves none of the author’s words anywhere in the database, and keeps other people’s', async () => {
    // Words no one else writes, so finding them anywhere means they were kept.
    const mine = await postStory({ title: 'Marmalade lighthouse', body: 'The marmalade lighthouse keeps me awake.' })
    const key = mine.key
    const other = await postStory({ title: 'Someone else', body: 'A story by someone else entirely.' })
    await call('POST', `/api/stories/${mine.story.id}/replies`, { body: { body: 'A kind reply from a stranger.' } })
    await call('POST', `/api/stories/${other.story.id}/replies`, { key, body: { body: 'Quince telescope says hello.' } })
    await call('POST', `/api/stories/${other.story.id}/reactions`, { key, body: { kind: 'metoo' } })
    await call('POST', '/api/reports', { key, body: { postType: 'story', postId: other.story.id, reason: 'spam', details: 'Saffron umbrella detail.' } })
    const held = await seedFlaggedStory({ authorKey: key, title: 'Turquoise kettle', body: 'Turquoise kettle and nothing else.' })
    const appeal = await call('POST', '/api/me/appeals', { key, body: { postType: 'story', postId: held.storyId, message: 'Walnut harmonica appeal.' } })
    expect(appeal.status).toBe(201)
    for (const words of ['marmalade lighthouse', 'Quince telescope', 'Saffron umbrella', 'Turquoise kettle', 'Walnut harmonica']) {
      expect((await wholeDatabase()).toLowerCase()).toContain(words.toLowerCase())
    }

    const res = await call('DELETE', '/api/me', { key })
    expect(res.status).toBe(200)
    expect(res.body.erased).toEqual({ stories: 2, replies: 1, reactions: 1, messages: 0, reports: 1 })

    const after = (await wholeDatabase()).toLowerCase()
    for (const words of ['marmalade lighthouse', 'Quince telescope', 'Saffron umbrella', 'Turquoise kettle', 'Walnut harmonica', 'A kind reply from a stranger']) {
      expect(after).not.toContain(words.toLowerCase())
    }
    // Other people's stories stay, with the reaction taken back.
    const theirs = await call('GET', `/api/stories/${other.story.id}`)
    expect(theirs.body.story.title).toBe('Someone else')
    expect(theirs.body.story.reactions.metoo).toBe(0)
    expect((await call('GET', `/api/stories/${mine.story.id}`)).status).toBe(410)
    expect((await call('GET', '/api/me/export', { key })).body).toMatchObject({ stories: [], replies: [], reactions: [] })
    // The volunteers' queue keeps the item, without the words quoted from the appeal.
    const item = await env.DB.prepare('SELECT reasons FROM queue_items WHERE post_id = ?').bind(held.storyId).first<{ reasons: string }>()
    expect(JSON.parse(item!.reasons)).toContain('appeal from the author (words erased at their request)')
  })

  it('needs the key', async () => {
    expect((await call('DELETE', '/api/me')).status).toBe(401)
  })
})

describe('retention', () => {
  it('erases the words of posts removed more than RETENTION_DAYS ago, and keeps recent removals for appeals', async () => {
    const old = await seedFlaggedStory({ status: 'removed', title: 'Old removal', body: 'Cobalt accordion words.' })
    const recent = await seedFlaggedStory({ status: 'removed', title: 'Recent removal', body: 'Amber xylophone words.' })
    const closed = (id: string, daysAgo: number) =>
      env.DB.prepare("UPDATE queue_items SET status = 'closed', resolution = 'removed', closed_at = ? WHERE id = ?").bind(Date.now() - daysAgo * 86_400_000, id).run()
    await closed(old.item.id, Number(env.RETENTION_DAYS) + 1)
    await closed(recent.item.id, 2)
    await daily()
    const rows = await env.DB.prepare('SELECT id, title, body, status FROM stories WHERE id IN (?, ?)').bind(old.storyId, recent.storyId).all<{ id: string; title: string; body: string; status: string }>()
    const byId = Object.fromEntries(rows.results.map((r) => [r.id, r]))
    expect(byId[old.storyId]).toMatchObject({ title: '', body: '', status: 'removed' })
    expect(byId[recent.storyId]).toMatchObject({ title: 'Recent removal', body: 'Amber xylophone words.', status: 'removed' })
  })
})
