/**
 * What the forum does with a screened post: publish or hold, whether it goes to the
 * moderation queue and why, which notice and resources the poster sees, and which spans
 * are redacted from the public copy. Pure, so the composer previews exactly what the
 * Worker will decide. The AI never appears here: it can only raise a decision later.
 */
import type { CrisisLevel, PiiFinding, Screening } from '../types'

/** Per-space (and later per-partner) settings; anything left out takes the default. */
export type Policy = {
  /** The lowest crisis level (about the poster) at which a post is held for review. */
  holdFrom: Exclude<CrisisLevel, 'none'>
  /** Hold posts with method details, whatever their level. */
  holdMethodDetail: boolean
  /** Hold posts telling someone to hurt or kill themselves (queued either way). */
  holdHarassment: boolean
  /** Queue (at low priority) posts whose author kept stigmatising words. */
  queueStigma: boolean
  /** Queue (at low priority) posts at concern level. */
  queueConcern: boolean
  /** Hold, instead of redacting, posts that still contain personal data. */
  holdPersonalData: boolean
  /** Every post waits for a moderator (pre-moderation, e.g. a partner's choice). */
  holdAll: boolean
}

export const DEFAULT_POLICY: Policy = {
  holdFrom: 'high',
  holdMethodDetail: true,
  holdHarassment: true,
  queueStigma: true,
  queueConcern: true,
  holdPersonalData: false,
  holdAll: false,
}

export type QueueReason = 'imminent' | 'high' | 'method' | 'harassment' | 'concern' | 'stigma' | 'pii' | 'review'

/** Which message the poster sees after posting (and in the composer before). */
export type Notice = 'imminent' | 'crisis' | 'concern' | 'friend' | 'method' | null

export type Decision = {
  status: 'published' | 'held'
  /** Why it is queued, strongest first; empty when it is not. */
  queue: QueueReason[]
  notice: Notice
  /** Show crisis resources now (with the emergency number first when `emergencyFirst`). */
  showResources: boolean
  emergencyFirst: boolean
  /** Personal data to take out of the public copy. */
  redact: PiiFinding[]
  /** Plain-language reasons the poster is told (message keys, not rule internals). */
  heldBecause: ('crisis' | 'method' | 'harassment' | 'personal-data' | 'someone-in-danger' | 'premoderation')[]
}

const RANK: Record<CrisisLevel, number> = { none: 0, concern: 1, high: 2, imminent: 3 }

/** Reads a stored policy (JSON from the spaces or partners table) over the defaults. */
export function resolvePolicy(...overrides: unknown[]): Policy {
  const policy = { ...DEFAULT_POLICY }
  for (const o of overrides) {
    if (!o || typeof o !== 'object') continue
    const v = o as Record<string, unknown>
    if (v.holdFrom === 'concern' || v.holdFrom === 'high' || v.holdFrom === 'imminent') policy.holdFrom = v.holdFrom
    for (const key of ['holdMethodDetail', 'holdHarassment', 'queueStigma', 'queueConcern', 'holdPersonalData', 'holdAll'] as const) {
      if (typeof v[key] === 'boolean') policy[key] = v[key]
    }
  }
  return policy
}

export function decide(screening: Screening, policy: Policy = DEFAULT_POLICY): Decision {
  const { level, subject } = screening.crisis
  const rank = RANK[level]
  const aboutSelf = subject === 'self'
  const method = screening.methodDetail.length > 0
  const pii = screening.pii.length > 0
  const stigma = screening.stigma.length > 0
  // "go kill yourself" aimed at someone: never the poster's own risk, but a person must see it
  // before a reader in distress does.
  const abuse = screening.harassment.length > 0

  const heldBecause: Decision['heldBecause'] = []
  if (aboutSelf && rank >= RANK[policy.holdFrom]) heldBecause.push('crisis')
  // Someone else in immediate danger: a volunteer should see it before anyone else does.
  if (subject === 'other' && level === 'imminent') heldBecause.push('someone-in-danger')
  if (method && policy.holdMethodDetail) heldBecause.push('method')
  if (abuse && policy.holdHarassment) heldBecause.push('harassment')
  if (pii && policy.holdPersonalData) heldBecause.push('personal-data')
  if (policy.holdAll && heldBecause.length === 0) heldBecause.push('premoderation')

  const queue: QueueReason[] = []
  if (level === 'imminent') queue.push('imminent')
  else if (level === 'high') queue.push('high')
  if (method) queue.push('method')
  if (abuse) queue.push('harassment')
  if (level === 'concern' && (policy.queueConcern || heldBecause.length > 0)) queue.push('concern')
  if (stigma && policy.queueStigma) queue.push('stigma')
  if (pii) queue.push('pii')
  // A held post must reach a person: pre-moderated posts with nothing flagged queue last.
  if (heldBecause.length > 0 && queue.length === 0) queue.push('review')

  const notice: Notice =
    subject === 'other' ? 'friend' : level === 'imminent' ? 'imminent' : level === 'high' ? 'crisis' : method ? 'method' : level === 'concern' ? 'concern' : null

  return {
    status: heldBecause.length > 0 ? 'held' : 'published',
    queue,
    notice,
    showResources: rank >= RANK.concern || method,
    emergencyFirst: level === 'imminent',
    redact: policy.holdPersonalData ? [] : screening.pii,
    heldBecause,
  }
}

/**
 * Adds overrides that may only make a policy stricter (a partner's choices): they can hold
 * more, never publish what the base policy would hold.
 */
export function stricter(base: Policy, extra: { holdConcern?: boolean; premoderate?: boolean } | null | undefined): Policy {
  if (!extra) return base
  return {
    ...base,
    holdFrom: extra.holdConcern ? 'concern' : base.holdFrom,
    holdAll: base.holdAll || extra.premoderate === true,
  }
}

/** Replaces the given spans with a short marker, e.g. "[phone number removed]". */
export function redactText(text: string, spans: readonly PiiFinding[], label: (kind: PiiFinding['kind']) => string): string {
  let out = ''
  let at = 0
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue
    out += text.slice(at, span.start) + label(span.kind)
    at = span.end
  }
  return out + text.slice(at)
}
