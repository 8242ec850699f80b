/** Triage settings from wrangler.toml [vars], with the defaults the issue names. */
export type TriageConfig = { claimMinutes: number; urgentAfterMinutes: number }

const positive = (value: unknown, fallback: number) => {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : fallback
}

export const triageConfig = (env: Partial<Pick<Env, 'CLAIM_MINUTES' | 'URGENT_AFTER_MINUTES'>>): TriageConfig => ({
  claimMinutes: positive(env.CLAIM_MINUTES, 10),
  urgentAfterMinutes: positive(env.URGENT_AFTER_MINUTES, 5),
})

/** Levels whose waiting clock turns urgent (and which notify the webhook). */
export const URGENT_LEVELS = ['imminent', 'high'] as const

export const waitingMinutes = (createdAt: Date, now: Date) => Math.max(0, Math.floor((now.getTime() - createdAt.getTime()) / 60_000))

/** A high or imminent item still open past the threshold. */
export const isUrgent = (item: { reason: string; createdAt: Date; status?: string }, now: Date, config: TriageConfig) =>
  (item.status ?? 'open') === 'open' && (URGENT_LEVELS as readonly string[]).includes(item.reason) && waitingMinutes(item.createdAt, now) >= config.urgentAfterMinutes
