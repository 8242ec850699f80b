import { beforeAll, describe, expect, it } from 'vitest'
import { api } from '../../worker/api'
import { headersFor, makeCallers, makeWorld, PRINCIPALS, send, type Body, type Callers, type Principal, type World } from '../support/authz-world'
import { PASSWORD } from '../support/mod'

/**
 * Every route of the API × every kind of caller, with the status each must get. Paths point
 * at real objects owned by the "right author"; write bodies are valid, so a 4xx here is
 * about who is asking, never about what they sent. The last test compares the table with
 * the routes the app really has: a new route fails it until it is classified here.
 *
 * Statuses, in the order of PRINCIPALS:
 *   [anonymous, wrong-author, right-author, moderator, admin, partner]
 * Author keys, moderator sessions and partner keys are separate worlds: a session does not
 * make anyone an author, and an author key opens nothing under /api/mod or /api/partner.
 * "Not yours" on a published post is 403 (the post is public anyway); on a held post it is
 * 404, the same answer as a post that does not exist, so its existence is not revealed.
 */
type Statuses = readonly [anonymous: number, wrongAuthor: number, rightAuthor: number, moderator: number, admin: number, partner: number]
type Row = {
  method: string
  route: string
  variant?: string
  path?: (w: World) => string | Promise<string>
  body?: (w: World, callers: Callers) => Body | Promise<Body>
  /** A world of its own for each cell: the call changes or removes what the next would use. */
  fresh?: boolean
  status: Statuses
}

const all = (s: number): Statuses => [s, s, s, s, s, s]
const OWNER: Statuses = [401, 403, 200, 401, 401, 401]
const OWNER_HIDDEN: Statuses = [401, 404, 200, 401, 401, 401]
const ANY_KEY: Statuses = [401, 200, 200, 401, 401, 401]
const SIGNED_IN: Statuses = [401, 401, 401, 200, 200, 401]
const ADMIN: Statuses = [401, 401, 401, 403, 200, 401]
const PARTNER: Statuses = [401, 401, 401, 401, 401, 200]

const json = (value: unknown): Body => ({ json: value })
const newStory = json({ space: 'anxiety', title: 'Matrix story', body: 'A calm walk by the river today.' })
const newReply = json({ body: 'Sending you warmth.' })
let joined = 0

const ROWS: Row[] = [
  // Public reading.
  { method: 'GET', route: '/api/spaces', status: all(200) },
  { method: 'GET', route: '/api/stories', status: all(200) },
  { method: 'GET', route: '/api/stories/:id', status: all(200) },
  { method: 'GET', route: '/api/stories/:id', variant: 'held story', path: (w) => `/api/stories/${w.heldStoryId}`, status: [404, 404, 200, 404, 404, 404] },
  { method: 'GET', route: '/api/search', path: () => '/api/search?q=shop', status: all(200) },
  { method: 'GET', route: '/api/resources', status: all(200) },
  { method: 'GET', route: '/api/openapi.json', status: all(200) },
  // Writing needs no account: a caller without an author key is given a new one.
  { method: 'POST', route: '/api/stories', body: () => newStory, status: all(201) },
  { method: 'POST', route: '/api/stories/:id/replies', body: () => newReply, status: all(201) },
  { method: 'POST', route: '/api/stories/:id/replies', variant: 'held story', path: (w) => `/api/stories/${w.heldStoryId}/replies`, body: () => newReply, status: all(404) },
  { method: 'POST', route: '/api/stories/:id/reactions', body: () => json({ kind: 'thanks' }), status: all(201) },
  { method: 'POST', route: '/api/reports', body: (w) => json({ postType: 'story', postId: w.storyId, reason: 'spam' }), status: all(201) },
  { method: 'POST', route: '/api/reports', variant: 'held story', body: (w) => json({ postType: 'story', postId: w.heldStoryId, reason: 'spam' }), status: all(404) },
  // Only the key that wrote a post changes it.
  { method: 'PATCH', route: '/api/stories/:id', body: () => json({ title: 'Edited title' }), fresh: true, status: OWNER },
  { method: 'PATCH', route: '/api/stories/:id', variant: 'held story', path: (w) => `/api/stories/${w.heldStoryId}`, body: () => json({ title: 'Edited title' }), fresh: true, status: OWNER_HIDDEN },
  { method: 'DELETE', route: '/api/stories/:id', fresh: true, status: OWNER },
  { method: 'DELETE', route: '/api/stories/:id', variant: 'held story', path: (w) => `/api/stories/${w.heldStoryId}`, fresh: true, status: OWNER_HIDDEN },
  // Removes the caller's own reaction only: a stranger's key removes nothing and is told so (200, removed: false).
  { method: 'DELETE', route: '/api/stories/:id/reactions/:kind', path: (w) => `/api/stories/${w.storyId}/reactions/strength`, fresh: true, status: ANY_KEY },
  { method: 'PATCH', route: '/api/replies/:id', body: () => json({ body: 'Edited reply.' }), fresh: true, status: OWNER },
  { method: 'PATCH', route: '/api/replies/:id', variant: 'held reply', path: (w) => `/api/replies/${w.heldReplyId}`, body: () => json({ body: 'Edited reply.' }), fresh: true, status: OWNER_HIDDEN },
  { method: 'DELETE', route: '/api/replies/:id', fresh: true, status: OWNER },
  { method: 'DELETE', route: '/api/replies/:id', variant: 'held reply', path: (w) => `/api/replies/${w.heldReplyId}`, fresh: true, status: OWNER_HIDDEN },
  // About the key's holder: any valid key sees its own (a stranger's key: an empty inbox and export).
  { method: 'GET', route: '/api/me/messages', status: ANY_KEY },
  { method: 'POST', route: '/api/me/messages/read', body: () => json({ ids: [] }), status: ANY_KEY },
  { method: 'GET', route: '/api/me/export', status: ANY_KEY },
  // Erases only what the key itself wrote: a stranger's key erases nothing of the owner's.
  { method: 'DELETE', route: '/api/me', fresh: true, status: ANY_KEY },
  { method: 'POST', route: '/api/me/appeals', body: (w) => json({ postType: 'story', postId: w.heldStoryId, message: 'Please look again.' }), fresh: true, status: [401, 404, 201, 401, 401, 401] },
  // A partner's own server, with its API key.
  { method: 'GET', route: '/api/partner', status: PARTNER },
  { method: 'GET', route: '/api/partner/stories', status: PARTNER },
  { method: 'GET', route: '/api/partner/stats', status: PARTNER },
  // Signing in and joining are public; the credentials or the invitation are the check.
  { method: 'POST', route: '/api/mod/session', body: (_, c) => json({ handle: c.signInHandle, password: PASSWORD }), status: all(200) },
  { method: 'POST', route: '/api/mod/session/form', body: (_, c) => ({ form: { handle: c.signInHandle, password: PASSWORD } }), status: all(303) },
  { method: 'POST', route: '/api/mod/join', body: async (w) => json({ token: await w.inviteToken(), handle: `joined-${++joined}`, password: PASSWORD }), status: all(201) },
  // Volunteers, signed in (each cell on a session of its own, so signing out ends only that one).
  { method: 'GET', route: '/api/mod/session', status: SIGNED_IN },
  { method: 'POST', route: '/api/mod/session/sign-out', status: SIGNED_IN },
  { method: 'POST', route: '/api/mod/session/sign-out-everywhere', status: SIGNED_IN },
  { method: 'GET', route: '/api/mod/queue', status: SIGNED_IN },
  { method: 'GET', route: '/api/mod/items/:id', status: SIGNED_IN },
  { method: 'POST', route: '/api/mod/items/:id/claim', fresh: true, status: SIGNED_IN },
  { method: 'POST', route: '/api/mod/items/:id/release', status: SIGNED_IN },
  { method: 'POST', route: '/api/mod/items/:id/actions', body: () => json({ action: 'note', note: 'Read the thread.' }), status: SIGNED_IN },
  { method: 'GET', route: '/api/mod/audit', status: SIGNED_IN },
  { method: 'GET', route: '/api/mod/stats', status: SIGNED_IN },
  // Admins only.
  { method: 'GET', route: '/api/mod/moderators', status: ADMIN },
  { method: 'POST', route: '/api/mod/moderators/:id/disable', path: async (w) => `/api/mod/moderators/${await w.targetModeratorId()}/disable`, status: ADMIN },
  { method: 'POST', route: '/api/mod/moderators/:id/enable', path: async (w) => `/api/mod/moderators/${await w.targetModeratorId()}/enable`, status: ADMIN },
  { method: 'GET', route: '/api/mod/invites', status: ADMIN },
  { method: 'POST', route: '/api/mod/invites', body: () => json({ role: 'moderator' }), status: [401, 401, 401, 403, 201, 401] },
]

/** The route with `:id` filled from the world: the item under /api/mod/items, the published story or reply elsewhere. */
function defaultPath(route: string, w: World): string {
  const id = route.startsWith('/api/mod/items') ? w.itemId : route.startsWith('/api/replies') ? w.replyId : w.storyId
  return route.replace(':id', id)
}

const routeKey = (method: string, route: string) => `${method} ${route.replace(/\/$/, '')}`

const cells = ROWS.flatMap((row) =>
  PRINCIPALS.map((principal, i) => ({
    row,
    principal,
    expected: row.status[i]!,
    name: `${row.method} ${row.route}${row.variant ? ` (${row.variant})` : ''} as ${principal} → ${row.status[i]}`,
  })),
)

let callers: Callers
let shared: World

beforeAll(async () => {
  callers = await makeCallers()
  shared = await makeWorld()
})

async function run(row: Row, principal: Principal): Promise<number> {
  const world = row.fresh ? await makeWorld() : shared
  const path = row.path ? await row.path(world) : defaultPath(row.route, world)
  return send(row.method, path, await headersFor(principal, callers, world), await row.body?.(world, callers))
}

describe('authorization matrix: every route × every caller', () => {
  it.each(cells)('$name', async ({ row, principal, expected }) => {
    expect(await run(row, principal)).toBe(expected)
  })

  it('classifies every route the API has, and no route it does not have', () => {
    const actual = new Set(api.routes.filter((r) => r.method !== 'ALL').map((r) => routeKey(r.method, r.path)))
    const classified = new Set(ROWS.map((r) => routeKey(r.method, r.route)))
    expect([...actual].filter((r) => !classified.has(r)), 'routes with no row in the matrix').toEqual([])
    expect([...classified].filter((r) => !actual.has(r)), 'rows for routes that do not exist').toEqual([])
  })
})
