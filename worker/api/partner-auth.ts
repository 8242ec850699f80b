import type { MiddlewareHandler } from 'hono'
import { partnerByKeyHash, type Partner } from '../../db/queries/partners'
import { hashPartnerKey, isPartnerKey } from '../lib/partner-key'
import type { AppEnv } from './env'
import { ApiError } from './errors'

/** Hono's environment for partner endpoints: the partner the API key belongs to. */
export type PartnerApiEnv = { Bindings: AppEnv['Bindings']; Variables: AppEnv['Variables'] & { partner: Partner } }

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="lantern-partner"' }

/**
 * `Authorization: Bearer pk_…`. The key is looked up by its hash on every request (not
 * cached), so a rotated or deleted key stops working at once. Everything downstream is
 * scoped by the partner found here; no endpoint takes a partner slug from the request.
 */
export const requirePartnerKey: MiddlewareHandler<PartnerApiEnv> = async (c, next) => {
  const header = c.req.header('Authorization')
  if (!header) throw new ApiError('missing_api_key', 'Send your partner API key in the header "Authorization: Bearer pk_…".', undefined, CHALLENGE)
  const key = /^Bearer\s+(\S+)$/i.exec(header)?.[1]
  const partner = isPartnerKey(key) ? await partnerByKeyHash(c.get('db'), await hashPartnerKey(key)) : undefined
  if (!partner) throw new ApiError('invalid_api_key', 'That partner API key is not valid. Keys are shown once; an admin can issue a new one.', undefined, CHALLENGE)
  c.set('partner', partner)
  await next()
}
