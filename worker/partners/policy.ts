import type { StoredCrisisLevel } from '../../db/schema'
import { partnerPolicySchema, type PartnerPolicy } from './config'

/**
 * A partner's policy overrides, applied after the forum's own policy has decided. They can
 * only hold more, never publish what the default policy held: a partner cannot make the
 * forum less safe. The posting flow (worker/posting) calls this with its decision and must
 * queue any post this turns into `held`, like every other held post.
 */
export type Decision = { status: 'published' | 'held'; crisisLevel: StoredCrisisLevel }
export type PartnerDecision = Decision & { heldByPartner: boolean }

export function applyPartnerPolicy(decision: Decision, policy: PartnerPolicy | null | undefined): PartnerDecision {
  if (decision.status === 'held' || !policy) return { ...decision, heldByPartner: false }
  const hold = policy.premoderate === true || (policy.holdConcern === true && decision.crisisLevel !== 'none')
  return hold ? { ...decision, status: 'held', heldByPartner: true } : { ...decision, heldByPartner: false }
}

/** The stored policy column, read defensively: anything unrecognised counts as no overrides. */
export function readPartnerPolicy(stored: unknown): PartnerPolicy {
  const parsed = partnerPolicySchema.safeParse(stored ?? {})
  return parsed.success ? parsed.data : {}
}
