import { Hono } from 'hono'
import { listAudit } from '../../../../db/queries/audit'
import { presentAuditEvent } from '../../../triage/present'
import { validate } from '../../validate'
import { signedIn, type ModEnv } from './guard'
import { auditQuery } from './schemas'

/** GET /api/mod/audit?action=&actor=&item=&before=&limit= : the append-only log, newest first. */
export const modAuditRoutes = new Hono<ModEnv>().use(signedIn).get('/', validate('query', auditQuery), async (c) => {
  const page = await listAudit(c.get('db'), c.req.valid('query'))
  return c.json({ events: page.events.map(presentAuditEvent), nextBefore: page.nextBefore })
})
