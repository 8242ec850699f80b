import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { call, postStory } from '../support/api'

// Texts the embedded screen reads unambiguously; the library's own corpus tests cover nuance.
const IMMINENT = 'I have decided to kill myself tonight. I have the pills saved up and I am going to take them all after everyone is asleep.'
const HIGH = 'I keep thinking about killing myself. I do not want to be here anymore.'
const CONCERN = 'I feel so hopeless lately, like nothing will ever get better. I wish I could just sleep and not wake up.'
const FRIEND = 'My brother texted me that he does not see the point anymore and he is going to end it tonight. I am so scared for him.'
const STIGMA = 'My boss is a total nutcase and it drives me up the wall.'
const EMAIL = 'If anyone wants to talk, write to me at sam.jones.leeds@example.com any time.'
const CALM = 'Went for a long walk by the river today and felt a bit lighter.'

const queueItem = (postId: string) =>
  env.DB.prepare("SELECT * FROM queue_items WHERE post_id = ? AND status = 'open'").bind(postId).first<Record<string, any>>()

describe('creating a story under the default policy', () => {
  it('holds an imminent post, queues it first, and answers with the emergency number first', async () => {
    const res = await call('POST', '/api/stories', { body: { space: 'depression', title: 'goodbye', body: IMMINENT, country: 'GB' } })
    expect(res.status).toBe(201)
    expect(res.body.story.status).toBe('held')
    expect(res.body.moderation).toMatchObject({ status: 'held', notice: 'imminent', country: 'GB' })
    expect(res.body.moderation.held.reasons.length).toBeGreaterThan(0)
    expect(res.body.resources[0]).toMatchObject({ kind: 'emergency', phone: '999' })
    expect(res.body.resources.map((r: { phone?: string }) => r.phone)).toContain('116 123')
    const item = await queueItem(res.body.story.id)
    expect(item).toMatchObject({ reason: 'imminent', source: 'screen', priority: 1000, post_type: 'story' })
    // Held: not listed, not searchable, not readable by others; the author still sees it.
    expect((await call('GET', '/api/stories?space=depression')).body.stories.map((s: { id: string }) => s.id)).not.toContain(res.body.story.id)
    expect((await call('GET', `/api/stories/${res.body.story.id}`)).status).toBe(404)
    const own = await call('GET', `/api/stories/${res.body.story.id}`, { key: res.body.authorKey })
    expect(own.body.story).toMatchObject({ status: 'held', isAuthor: true })
  })

  it('holds a high-risk post with listening lines first and the emergency number after', async () => {
    const res = await call('POST', '/api/stories', { body: { space: 'depression', title: 'struggling', body: HIGH, country: 'US' } })
    expect(res.body.story.status).toBe('held')
    expect(res.body.moderation.notice).toBe('crisis')
    expect(res.body.resources[0]).toMatchObject({ kind: 'helpline', phone: '988' })
    expect(res.body.resources.find((r: { kind: string }) => r.kind === 'emergency').phone).toBe('911')
    expect((await queueItem(res.body.story.id))!.reason).toBe('high')
  })

  it('publishes a concern-level post with a gentle note and queues it at low priority', async () => {
    const res = await call('POST', '/api/stories', { body: { space: 'depression', title: 'low', body: CONCERN, country: 'ES' } })
    expect(res.body.story.status).toBe('published')
    expect(res.body.moderation.notice).toBe('concern')
    expect(res.body.moderation.message).toMatch(/Thank you for sharing/)
    expect(res.body.resources.map((r: { phone?: string }) => r.phone)).toContain('024')
    expect((await queueItem(res.body.story.id))).toMatchObject({ reason: 'concern', priority: 300 })
  })

  it('answers someone worried about a friend with guidance for helping them, not the crisis banner', async () => {
    const res = await call('POST', '/api/stories', { body: { space: 'caring-for-someone', title: 'my brother', body: FRIEND, country: 'IE' } })
    expect(res.body.moderation.notice).toBe('friend')
    expect(res.body.moderation.helpingSomeoneElse.steps.length).toBeGreaterThan(2)
    expect(res.body.resources.length).toBeGreaterThan(1)
    expect((await queueItem(res.body.story.id))!.reason).toBe('imminent')
  })

  it('publishes kept stigmatising words and queues them at low priority for a look', async () => {
    const res = await call('POST', '/api/stories', { body: { space: 'anxiety', title: 'work', body: STIGMA } })
    expect(res.body.story.status).toBe('published')
    expect(res.body.resources).toEqual([])
    expect(await queueItem(res.body.story.id)).toMatchObject({ reason: 'stigma', priority: 200 })
  })

  it('redacts personal data in the public copy and keeps the original for moderators and the author', async () => {
    const res = await call('POST', '/api/stories', { body: { space: 'loneliness', title: 'anyone?', body: EMAIL } })
    const story = res.body.story
    expect(story.status).toBe('published')
    expect(story.body).not.toContain('sam.jones.leeds@example.com')
    expect(story.body).toContain('[email removed]')
    expect(story.bodyHtml).not.toContain('example.com')
    const row = await env.DB.prepare('SELECT original_body FROM stories WHERE id = ?').bind(story.id).first<{ original_body: string }>()
    expect(row!.original_body).toBe(EMAIL)
    const exported = await call('GET', '/api/me/export', { key: res.body.authorKey })
    expect(exported.body.stories[0].body).toBe(EMAIL)
    expect((await call('GET', '/api/search?q=leeds')).body.results).toHaveLength(0)
  })

  it('stores the screening with the post and its version', async () => {
    const { story } = await postStory({ body: CALM })
    const row = await env.DB.prepare('SELECT crisis_level, screen_version, screening FROM stories WHERE id = ?').bind(story.id).first<Record<string, string>>()
    expect(row!.crisis_level).toBe('none')
    expect(row!.screen_version).toMatch(/\d/)
    expect(JSON.parse(row!.screening!)).toMatchObject({ crisis: { level: 'none' }, bodyOffset: expect.any(Number) })
    expect(await queueItem(story.id)).toBeNull()
  })

  it('uses the space’s own policy: a stricter space holds at concern', async () => {
    await env.DB.prepare(`UPDATE spaces SET policy = '{"holdFrom":"concern"}' WHERE slug = 'self-harm-recovery'`).run()
    const res = await call('POST', '/api/stories', { body: { space: 'self-harm-recovery', title: 'low', body: CONCERN } })
    expect(res.body.story.status).toBe('held')
  })
})

describe('editing and replying are screened the same way', () => {
  it('an edit that turns alarming holds a published story and raises its queue item', async () => {
    const { story, key } = await postStory({ space: 'depression', body: CALM })
    const res = await call('PATCH', `/api/stories/${story.id}`, { key, body: { body: IMMINENT, country: 'GB' } })
    expect(res.status).toBe(200)
    expect(res.body.story.status).toBe('held')
    expect(res.body.resources[0]).toMatchObject({ kind: 'emergency', phone: '999' })
    expect((await queueItem(story.id))!.reason).toBe('imminent')
  })

  it('an edit never publishes a held story: a person decides', async () => {
    const res = await call('POST', '/api/stories', { body: { space: 'depression', title: 't', body: HIGH } })
    const edited = await call('PATCH', `/api/stories/${res.body.story.id}`, { key: res.body.authorKey, body: { body: CALM } })
    expect(edited.body.story.status).toBe('held')
  })

  it('holds an alarming reply, answers with resources, and keeps it from other readers', async () => {
    const { story } = await postStory()
    const res = await call('POST', `/api/stories/${story.id}/replies`, { body: { body: IMMINENT, country: 'AU' } })
    expect(res.status).toBe(201)
    expect(res.body.reply.status).toBe('held')
    expect(res.body.resources[0]).toMatchObject({ kind: 'emergency', phone: '000' })
    expect((await queueItem(res.body.reply.id))).toMatchObject({ post_type: 'reply', reason: 'imminent', story_id: story.id })
    const thread = await call('GET', `/api/stories/${story.id}`)
    expect(thread.body.replies).toHaveLength(0)
    expect(thread.body.story.replyCount).toBe(0)
    const own = await call('GET', `/api/stories/${story.id}`, { key: res.body.authorKey })
    expect(own.body.replies.map((r: { status: string }) => r.status)).toEqual(['held'])
  })

  it('brings a reply and an edit the crisis lines of the country chosen when posting, remembered in an API-only cookie', async () => {
    const posted = await call('POST', '/api/stories', { body: { space: 'depression', title: 'small steps', body: CALM, country: 'ES' } })
    const cookie = posted.headers.get('Set-Cookie')!
    expect(cookie).toMatch(/^country=ES;/)
    expect(cookie).toMatch(/Path=\/api\//)
    expect(cookie).toMatch(/HttpOnly/)
    const sent = { Cookie: cookie.split(';')[0]! }
    const replyTo = `/api/stories/${posted.body.story.id}/replies`
    const reply = await call('POST', replyTo, { key: posted.body.authorKey, headers: sent, body: { body: IMMINENT } })
    expect(reply.body.moderation.country).toBe('ES')
    expect(reply.body.resources.map((r: { phone?: string }) => r.phone)).toEqual(expect.arrayContaining(['112', '024']))
    // A choice in the post itself still wins; without the cookie nothing is remembered; and
    // only what the composer could have written is read back.
    expect((await call('POST', replyTo, { headers: sent, body: { body: IMMINENT, country: 'AU' } })).body.moderation.country).toBe('AU')
    expect((await call('POST', replyTo, { body: { body: IMMINENT } })).body.moderation.country).toBeNull()
    expect((await call('POST', replyTo, { headers: { Cookie: 'country=<b>' }, body: { body: IMMINENT } })).body.moderation.country).toBeNull()
    const edited = await call('PATCH', `/api/stories/${posted.body.story.id}`, { key: posted.body.authorKey, headers: sent, body: { body: IMMINENT } })
    expect(edited.body.moderation.country).toBe('ES')
  })

  it('holds a reply telling the writer to kill themselves, queues it as harassment, and does not answer it as a crisis', async () => {
    const { story } = await postStory()
    const res = await call('POST', `/api/stories/${story.id}/replies`, { body: { body: 'nobody cares, just go kill yourself already' } })
    expect(res.status).toBe(201)
    expect(res.body.reply.status).toBe('held')
    expect(res.body.moderation).toMatchObject({ status: 'held', notice: null })
    expect(res.body.moderation.held.reasons).toEqual(['it seems to tell someone to hurt or kill themselves, which is never allowed here'])
    expect((await queueItem(res.body.reply.id))).toMatchObject({ post_type: 'reply', reason: 'harassment', priority: 600 })
    expect((await call('GET', `/api/stories/${story.id}`)).body.replies).toHaveLength(0)
    // Supportive words that quote the abuse are not abuse.
    const kind = await call('POST', `/api/stories/${story.id}/replies`, { body: { body: 'Whoever told you to go kill yourself was wrong. We are glad you are here.' } })
    expect(kind.body.reply.status).toBe('published')
    expect(await queueItem(kind.body.reply.id)).toBeNull()
  })

  it('a space that lets abuse through until a volunteer acts still queues it', async () => {
    await env.DB.prepare(`UPDATE spaces SET policy = '{"holdHarassment":false}' WHERE slug = 'grief'`).run()
    const { story } = await postStory({ space: 'grief' })
    const res = await call('POST', `/api/stories/${story.id}/replies`, { body: { body: 'kys, nobody would miss you' } })
    expect(res.body.reply.status).toBe('published')
    expect((await queueItem(res.body.reply.id))).toMatchObject({ reason: 'harassment', priority: 600 })
  })

  it('a reply follows its space’s own policy, with or without an Idempotency-Key', async () => {
    await env.DB.prepare(`UPDATE spaces SET policy = '{"holdFrom":"concern"}' WHERE slug = 'self-harm-recovery'`).run()
    const { story } = await postStory({ space: 'self-harm-recovery', body: CALM })
    expect(story.status).toBe('published')
    const plain = await call('POST', `/api/stories/${story.id}/replies`, { body: { body: CONCERN } })
    const keyed = await call('POST', `/api/stories/${story.id}/replies`, { body: { body: CONCERN }, headers: { 'Idempotency-Key': 'reply-policy-0001' } })
    expect([plain.body.reply.status, keyed.body.reply.status]).toEqual(['held', 'held'])
  })

  it('re-screens an edited reply and redacts personal data in it', async () => {
    const { story } = await postStory()
    const created = await call('POST', `/api/stories/${story.id}/replies`, { body: { body: 'Sending you strength.' } })
    const edited = await call('PATCH', `/api/replies/${created.body.reply.id}`, { key: created.body.authorKey, body: { body: EMAIL } })
    expect(edited.body.reply.body).toContain('[email removed]')
    expect((await queueItem(created.body.reply.id))!.reason).toBe('pii')
  })
})

describe('resources', () => {
  it('answers the poster’s own choice of country over the network’s guess', async () => {
    const res = await call('GET', '/api/resources?country=fr')
    expect(res.body).toMatchObject({ country: 'FR' })
    expect(res.body.resources.map((r: { phone?: string }) => r.phone)).toContain('3114')
    expect(res.body.resources.at(-1).kind).toBe('directory')
  })

  it('falls back to the international directory for an unknown country', async () => {
    const res = await call('GET', '/api/resources?country=ZZ')
    expect(res.body.country).toBeNull()
    expect(res.body.resources).toEqual([expect.objectContaining({ kind: 'directory', url: expect.stringContaining('findahelpline') })])
  })

  it('answers in Spanish when asked', async () => {
    const res = await call('POST', '/api/stories', { headers: { 'Accept-Language': 'es' }, body: { space: 'depression', title: 't', body: HIGH, country: 'MX' } })
    expect(res.body.moderation.held.intro).toMatch(/Tu publicación está guardada/)
    expect(res.body.resources.map((r: { phone?: string }) => r.phone)).toContain('800 911 2000')
  })
})

describe('held, never lost', () => {
  it('lets the author appeal a held post, which lands in the moderation queue', async () => {
    const res = await call('POST', '/api/stories', { body: { space: 'depression', title: 't', body: HIGH } })
    const { id } = res.body.story
    const other = await postStory()
    expect((await call('POST', '/api/me/appeals', { key: other.key, body: { postType: 'story', postId: id, message: 'mine?' } })).status).toBe(404)
    const appeal = await call('POST', '/api/me/appeals', { key: res.body.authorKey, body: { postType: 'story', postId: id, message: 'I am safe now, I wanted to share.' } })
    expect(appeal.status).toBe(201)
    const item = await queueItem(id)
    expect(JSON.parse(item!.sources)).toEqual(['screen', 'report'])
    expect(item!.reasons).toContain('appeal from the author')
    // An appeal never lowers the item: it stays at the screen's priority.
    expect(item!.priority).toBe(800)
  })

  it('delivers author messages only to the right key, and marks them read', async () => {
    const a = await postStory()
    const b = await postStory()
    const hash = (await env.DB.prepare('SELECT author_hash FROM stories WHERE id = ?').bind(a.story.id).first<{ author_hash: string }>())!.author_hash
    await env.DB.prepare("INSERT INTO author_messages (id, author_hash, kind, post_type, post_id, body, country) VALUES ('msg000000001', ?, 'checkin', 'story', ?, 'Thinking of you.', 'GB')").bind(hash, a.story.id).run()
    const mine = await call('GET', '/api/me/messages', { key: a.key })
    expect(mine.body.messages).toEqual([expect.objectContaining({ id: 'msg000000001', kind: 'checkin', read: false, resourcesUrl: expect.stringContaining('/resources?country=GB') })])
    expect((await call('GET', '/api/me/messages', { key: b.key })).body.messages).toEqual([])
    await call('POST', '/api/me/messages/read', { key: b.key, body: { ids: ['msg000000001'] } })
    expect((await call('GET', '/api/me/messages', { key: a.key })).body.messages[0].read).toBe(false)
    await call('POST', '/api/me/messages/read', { key: a.key, body: { ids: ['msg000000001'] } })
    expect((await call('GET', '/api/me/messages', { key: a.key })).body.messages[0].read).toBe(true)
  })
})
