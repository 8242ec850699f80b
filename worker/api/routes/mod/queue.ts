import { Hono } from 'hono'
import { triageConfig } from '../../../triage/config'
import { loadQueue } from '../../../triage/views'
import { validate } from '../../validate'
import { signedIn, type ModEnv } from './guard'
import { queueQuery } from './schemas'

/** GET /api/mod/queue?space=&partner=&level=&source=&escalated= : open items in risk order, with counts. */
export const modQueueRoutes = new Hono<ModEnv>().use(signedIn).get('/', validate('query', queueQuery), async (c) => {
  const view = await loadQueue(c.get('db'), c.req.valid('query'), c.get('moderator').handle, triageConfig(c.env))
  return c.json(view)
})
