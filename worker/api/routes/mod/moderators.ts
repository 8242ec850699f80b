import { Hono, type Context } from 'hono'
import * as z from 'zod/mini'
import { insertAudit } from '../../../../db/queries/audit'
import { insertInvite, pendingInvites } from '../../../../db/queries/invites'
import { disableStatements, enableStatement, listModerators, moderatorById } from '../../../../db/queries/moderators'
import { roleSchema } from '../../../mod-auth/credentials'
import { inviteUrl, newInvite } from '../../../mod-auth/invites'
import { ApiError } from '../../errors'
import { validate } from '../../validate'
import { adminOnly, signedIn, type ModEnv } from './guard'
import { moderatorParam } from './schemas'

const actorOf = (c: Context<ModEnv>) => ({ id: c.get('moderator').id, handle: c.get('moderator').handle })

async function target(c: Context<ModEnv>, id: string) {
  const moderator = await moderatorById(c.get('db'), id)
  if (!moderator) throw new ApiError('moderator_not_found', 'There is no moderator with that id.')
  return moderator
}

const presentInvite = (i: Awaited<ReturnType<typeof pendingInvites>>[number]) => ({ role: i.role, expiresAt: i.expiresAt.toISOString(), createdAt: i.createdAt.toISOString() })

/** Admin only: the team, disabling and enabling accounts (with their audit events). */
export const modModeratorRoutes = new Hono<ModEnv>()
  .use(signedIn, adminOnly)
  .get('/', async (c) => {
    const moderators = await listModerators(c.get('db'))
    return c.json({ moderators: moderators.map((m) => ({ id: m.id, handle: m.handle, role: m.role, disabled: m.disabledAt !== null, createdAt: m.createdAt.toISOString() })) })
  })

  .post('/:id/disable', validate('param', moderatorParam), async (c) => {
    const db = c.get('db')
    const moderator = await target(c, c.req.valid('param').id)
    if (moderator.id === c.get('moderator').id) throw new ApiError('cannot_disable_self', 'You cannot disable your own account; ask another admin.')
    const now = new Date()
    // The account and every one of its sessions end together: the next request is refused.
    await db.batch([
      insertAudit(db, { at: now, actor: actorOf(c), action: 'moderator.disable', before: { handle: moderator.handle, disabled: moderator.disabledAt !== null }, after: { handle: moderator.handle, disabled: true } }),
      ...disableStatements(db, moderator.id, now),
    ])
    return c.json({ moderator: { id: moderator.id, handle: moderator.handle, disabled: true } })
  })

  .post('/:id/enable', validate('param', moderatorParam), async (c) => {
    const db = c.get('db')
    const moderator = await target(c, c.req.valid('param').id)
    await db.batch([
      insertAudit(db, { at: new Date(), actor: actorOf(c), action: 'moderator.enable', before: { handle: moderator.handle, disabled: moderator.disabledAt !== null }, after: { handle: moderator.handle, disabled: false } }),
      enableStatement(db, moderator.id),
    ])
    return c.json({ moderator: { id: moderator.id, handle: moderator.handle, disabled: false } })
  })

/** Admin only: one-time invitation links. The link is in the answer once and never stored. */
export const modInviteRoutes = new Hono<ModEnv>()
  .use(signedIn, adminOnly)
  .get('/', async (c) => c.json({ invites: (await pendingInvites(c.get('db'), new Date())).map(presentInvite) }))

  .post('/', validate('json', z.object({ role: z._default(roleSchema, 'moderator') })), async (c) => {
    const db = c.get('db')
    const { role } = c.req.valid('json')
    const { token, row } = await newInvite(role, c.get('moderator').handle)
    await db.batch([insertInvite(db, row), insertAudit(db, { at: new Date(), actor: actorOf(c), action: 'invite.create', after: { role, expiresAt: row.expiresAt.toISOString() } })])
    return c.json({ invite: { url: inviteUrl(new URL(c.req.url).origin, token), role, expiresAt: row.expiresAt.toISOString() } }, 201)
  })
