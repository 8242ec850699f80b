import { and, count, eq, gte, isNotNull, sql, sum } from 'drizzle-orm'
import type { Database } from '../client'
import { queueItems } from '../schema'

const DAY_MS = 86_400_000

/**
 * The raw numbers behind the statistics page, in one batch of four statements over the
 * last `days` days: items flagged per day and level, time to first action per item,
 * closed items and false alarms per source and language, and open items now.
 */
export async function statsRows(db: Database, now: Date, days: number) {
  const since = new Date(now.getTime() - days * DAY_MS)
  const day = sql<string>`strftime('%Y-%m-%d', ${queueItems.createdAt} / 1000, 'unixepoch')`
  const [flagged, responses, outcomes, open] = await db.batch([
    db.select({ day, level: queueItems.reason, n: count() }).from(queueItems).where(gte(queueItems.createdAt, since)).groupBy(day, queueItems.reason),
    db
      .select({ level: queueItems.reason, ms: sql<number>`${queueItems.firstActionAt} - ${queueItems.createdAt}` })
      .from(queueItems)
      .where(and(gte(queueItems.createdAt, since), isNotNull(queueItems.firstActionAt))),
    db
      .select({ source: queueItems.source, lang: queueItems.lang, closed: count(), falseAlarms: sum(queueItems.falseAlarm) })
      .from(queueItems)
      .where(and(eq(queueItems.status, 'closed'), gte(queueItems.closedAt, since)))
      .groupBy(queueItems.source, queueItems.lang),
    db.select({ level: queueItems.reason, n: count() }).from(queueItems).where(eq(queueItems.status, 'open')).groupBy(queueItems.reason),
  ])
  return { since, flagged, responses, outcomes: outcomes.map((o) => ({ ...o, falseAlarms: Number(o.falseAlarms ?? 0) })), open }
}

export type StatsRows = Awaited<ReturnType<typeof statsRows>>
