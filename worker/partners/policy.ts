import { partnerPolicySchema, type PartnerPolicy } from './config'

/**
 * The stored policy column, read defensively: anything unrecognised counts as no overrides.
 * The overrides (hold concern-level posts, or pre-moderate everything) are applied through
 * moderation/policy's `stricter()`, so a partner can only make the forum hold more.
 */
export function readPartnerPolicy(stored: unknown): PartnerPolicy {
  const parsed = partnerPolicySchema.safeParse(stored ?? {})
  return parsed.success ? parsed.data : {}
}
