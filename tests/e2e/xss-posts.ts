import fc from 'fast-check'
import { newAuthorKey } from '../../worker/lib/author-key'
import { CONTENT_WARNINGS } from '../../worker/api/schemas'
import { hostile, hostileTitle } from './xss-vectors'

/** Posting hostile stories and replies through the real API, for the XSS fuzz test. */
export type Reply = { id: string; name: string; status: string; byAuthor: boolean; inputs: string[] }
export type Story = { id: string; title: string; body: string; status: string; warnings: string[]; replies: Reply[]; inputs: string[] }

export type Api = (method: string, path: string, opts?: { key?: string; body?: unknown }) => Promise<{ status: number; body: any }>

export function apiAt(baseUrl: string): Api {
  return async (method, path, opts = {}) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (opts.key) headers['X-Author-Key'] = opts.key
    const res = await fetch(baseUrl + path, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) })
    return { status: res.status, body: await res.json() }
  }
}

/** Runs `fn` over `items`, `n` at a time (the dev server screens each post; two cores). */
export async function inPool<T, R>(items: T[], n: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i]!, i)
    }
  }
  await Promise.all(Array.from({ length: n }, worker))
  return out
}

/** Words that make the screen hold a post, so the author's view of a held post is fuzzed too. */
export const HOLD = 'I have decided to kill myself tonight. I have the pills saved up and I am going to take them all.'

export type Plan = { title: string; fragments: string[]; warnings: string[]; hold: boolean; replies: { fragments: string[]; byAuthor: boolean }[] }

/**
 * The stories to post, drawn from the seed: a hostile title, a body of hostile fragments
 * (each in its own paragraph, with `token` between them so search finds and quotes them),
 * valid content warnings on some, and replies of hostile fragments.
 */
export function planStories(seed: number, shape: { stories: number; bodyFragments: number; replies: number; replyFragments: number; held: number }): Plan[] {
  const plan = fc.record({
    title: hostileTitle,
    fragments: fc.array(hostile, { minLength: shape.bodyFragments, maxLength: shape.bodyFragments }),
    warnings: fc.oneof({ arbitrary: fc.constant([] as string[]), weight: 3 }, { arbitrary: fc.subarray([...CONTENT_WARNINGS], { minLength: 1, maxLength: 3 }), weight: 1 }),
    replies: fc.array(
      fc.record({ fragments: fc.array(hostile, { minLength: shape.replyFragments, maxLength: shape.replyFragments }), byAuthor: fc.boolean() }),
      { minLength: shape.replies, maxLength: shape.replies },
    ),
  })
  return fc.sample(plan, { seed, numRuns: shape.stories }).map((p, i) => ({ ...p, hold: i < shape.held }))
}

const joinFragments = (fragments: string[], token: string) => fragments.map((f) => `${token} ${f}`).join('\n\n')

/** Posts one planned story and its replies (each reply by a new key, or by the story's author). */
export async function postPlanned(api: Api, p: Plan, space: string, token: string, ownerKey: string): Promise<Story> {
  const body = joinFragments(p.fragments, token) + (p.hold ? `\n\n${HOLD}` : '')
  const res = await api('POST', '/api/stories', { key: ownerKey, body: { space, title: p.title, body, contentWarnings: p.warnings, country: 'GB' } })
  if (res.status !== 201) throw new Error(`POST /api/stories ${res.status} ${JSON.stringify(res.body)}\ntitle: ${JSON.stringify(p.title)}`)
  const s = res.body.story
  const replies: Reply[] = []
  if (s.status === 'published') {
    for (const r of p.replies) {
      const key = r.byAuthor ? ownerKey : newAuthorKey()
      const posted = await api('POST', `/api/stories/${s.id}/replies`, { key, body: { body: joinFragments(r.fragments, token) } })
      if (posted.status !== 201) throw new Error(`POST replies ${posted.status} ${JSON.stringify(posted.body)}`)
      const reply = posted.body.reply
      replies.push({ id: reply.id, name: reply.author.name, status: reply.status, byAuthor: reply.author.isStoryAuthor, inputs: r.fragments })
    }
  }
  return { id: s.id, title: s.title, body: s.body, status: s.status, warnings: s.contentWarnings, replies, inputs: [p.title, ...p.fragments] }
}
