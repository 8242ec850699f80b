import type { StatsRows } from '../../db/queries/stats'
import { QUEUE_REASONS, type QueueReason } from '../../db/schema'

/** Nearest-rank percentile of sorted numbers (p in 0..100); null for no data. */
export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

export type Rate = { key: string; closed: number; falseAlarms: number; rate: number }

function rates(rows: StatsRows['outcomes'], keyOf: (row: StatsRows['outcomes'][number]) => string): Rate[] {
  const by = new Map<string, { closed: number; falseAlarms: number }>()
  for (const row of rows) {
    const entry = by.get(keyOf(row)) ?? { closed: 0, falseAlarms: 0 }
    entry.closed += row.closed
    entry.falseAlarms += row.falseAlarms
    by.set(keyOf(row), entry)
  }
  return [...by].map(([key, v]) => ({ key, ...v, rate: v.closed ? v.falseAlarms / v.closed : 0 })).sort((a, b) => b.closed - a.closed)
}

const minutes = (ms: number | null) => (ms === null ? null : Math.round(ms / 6_000) / 10)

/** Every day in the window, oldest first (UTC, like the SQL that groups them). */
function daysSince(since: Date, now: Date): string[] {
  const out: string[] = []
  for (let t = Date.UTC(since.getUTCFullYear(), since.getUTCMonth(), since.getUTCDate()); t <= now.getTime(); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10))
  return out
}

/**
 * The statistics page's figures: flagged per day by level (every day present, zeros
 * included), median and 90th-percentile minutes to first action (overall and per level),
 * false-alarm rates by source and by language, and open items now by level.
 */
export function summarise(rows: StatsRows, now: Date) {
  const perDay = daysSince(rows.since, now).map((day) => {
    const counts = Object.fromEntries(QUEUE_REASONS.map((l) => [l, 0])) as Record<QueueReason, number>
    for (const r of rows.flagged) if (r.day === day) counts[r.level] += r.n
    return { day, counts }
  })
  const timing = (list: number[]) => {
    const sorted = [...list].sort((a, b) => a - b)
    return { count: sorted.length, medianMinutes: minutes(percentile(sorted, 50)), p90Minutes: minutes(percentile(sorted, 90)) }
  }
  const responseByLevel = QUEUE_REASONS.map((level) => ({ level, ...timing(rows.responses.filter((r) => r.level === level).map((r) => r.ms)) })).filter((t) => t.count > 0)
  const openNow = Object.fromEntries(QUEUE_REASONS.map((l) => [l, rows.open.find((o) => o.level === l)?.n ?? 0])) as Record<QueueReason, number>
  return {
    since: rows.since.toISOString(),
    perDay,
    response: { overall: timing(rows.responses.map((r) => r.ms)), byLevel: responseByLevel },
    falseAlarms: { bySource: rates(rows.outcomes, (r) => r.source), byLang: rates(rows.outcomes, (r) => r.lang) },
    openNow,
    openTotal: Object.values(openNow).reduce((a, b) => a + b, 0),
  }
}

export type StatsSummary = ReturnType<typeof summarise>
