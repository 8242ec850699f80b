import { Hono, type Context } from 'hono'
import { claimItem, releaseItem, type Actor } from '../../../../db/queries/claims'
import { itemWithHolder, postStatusOf, type ItemWithHolder } from '../../../../db/queries/item-detail'
import { writeAction } from '../../../../db/queries/item-actions'
import { actionSchema, CLOSING_ACTIONS, planAction, type ActionName } from '../../../triage/actions'
import { triageConfig } from '../../../triage/config'
import { presentItem } from '../../../triage/present'
import { loadItem } from '../../../triage/views'
import { ApiError } from '../../errors'
import { validate } from '../../validate'
import { signedIn, type ModEnv } from './guard'
import { itemParam } from './schemas'
import { forgetStoryPages } from '../../../page-cache'

const actorOf = (c: Context<ModEnv>): Actor => {
  const { id, handle, role } = c.get('moderator')
  return { id, handle, role }
}

async function findItem(c: Context<ModEnv>, id: string, now: Date): Promise<ItemWithHolder> {
  const item = await itemWithHolder(c.get('db'), id, now)
  if (!item) throw new ApiError('item_not_found', 'There is no queue item with that id.')
  return item
}

const heldBy = (item: ItemWithHolder) => ({ holder: item.holder, expiresAt: item.claimExpiresAt?.toISOString() ?? null })

/** Why this volunteer may not take this action on this item now, as the error to answer with. */
function assertMayAct(item: ItemWithHolder, action: ActionName, actor: Actor): void {
  if (action === 'note') return
  if (item.status !== 'open') throw new ApiError('item_closed', 'Someone has already settled this item.')
  // A second escalation would only repeat the first in the audit log and let go of the claim.
  if (action === 'escalate' && item.escalated) throw new ApiError('already_escalated', 'This item is already with the admins.')
  if (CLOSING_ACTIONS.includes(action) && item.escalated && actor.role !== 'admin') {
    throw new ApiError('admin_only', 'This item was escalated: an admin settles it. You can still send a check-in or add a note.')
  }
  if (item.holder && item.holder !== actor.handle) throw new ApiError('item_claimed', `${item.holder} is working on this item.`, heldBy(item))
  if (item.holder !== actor.handle) throw new ApiError('claim_required', 'Open the item to claim it before acting (your claim may have run out).')
}

/** Claiming, releasing and acting on one queue item. */
export const modItemRoutes = new Hono<ModEnv>()
  .use(signedIn)
  .get('/:id', validate('param', itemParam), async (c) => {
    const view = await loadItem(c.get('db'), c.req.valid('param').id, c.get('moderator').handle, triageConfig(c.env))
    if (!view) throw new ApiError('item_not_found', 'There is no queue item with that id.')
    return c.json(view)
  })

  .post('/:id/claim', validate('param', itemParam), async (c) => {
    const now = new Date()
    const item = await findItem(c, c.req.valid('param').id, now)
    if (item.status !== 'open') throw new ApiError('item_closed', 'Someone has already settled this item.')
    const claimed = await claimItem(c.get('db'), item, actorOf(c), now, triageConfig(c.env).claimMinutes)
    if (!claimed) {
      const current = await findItem(c, item.id, now)
      if (current.status !== 'open') throw new ApiError('item_closed', 'Someone has already settled this item.')
      throw new ApiError('item_claimed', `${current.holder ?? 'Another volunteer'} is working on this item.`, heldBy(current))
    }
    return c.json({ claim: { holder: c.get('moderator').handle, expiresAt: claimed.claimExpiresAt?.toISOString() ?? null } })
  })

  .post('/:id/release', validate('param', itemParam), async (c) => {
    const now = new Date()
    const actor = actorOf(c)
    const item = await findItem(c, c.req.valid('param').id, now)
    if (item.holder && item.holder !== actor.handle && actor.role !== 'admin') throw new ApiError('admin_only', 'Only an admin can release someone else’s claim.')
    const released = item.holder ? await releaseItem(c.get('db'), item, actor, item.holder, now) : false
    return c.json({ released })
  })

  .post('/:id/actions', validate('param', itemParam), validate('json', actionSchema), async (c) => {
    const db = c.get('db')
    const now = new Date()
    const actor = actorOf(c)
    const input = c.req.valid('json')
    const item = await findItem(c, c.req.valid('param').id, now)
    assertMayAct(item, input.action, actor)
    const postStatus = await postStatusOf(db, item)
    if (!postStatus) throw new ApiError('item_not_found', 'The post behind this item no longer exists.')
    const done = await writeAction(db, planAction(input, item, postStatus, actor, now))
    // A decision on a post shows at once on its public page (approved, hidden or removed).
    if (done) await forgetStoryPages(c.req.url, [item.storyId])
    const fresh = await findItem(c, item.id, new Date())
    if (!done) {
      // Refused inside the batch: explain with the state that refused it.
      assertMayAct(fresh, input.action, actor)
      throw new ApiError('post_changed', 'The post changed while you were reading it. Reload to see it as it is now.')
    }
    return c.json({ action: input.action, item: presentItem(fresh, new Date(), triageConfig(c.env), actor.handle) })
  })
