import type { partnerActivity } from '../../db/queries/partners'

type Activity = Awaited<ReturnType<typeof partnerActivity>>

const FLAGGED_LEVELS = ['concern', 'high', 'imminent'] as const

const emptyCounts = () => ({
  stories: { published: 0, held: 0, removed: 0 },
  replies: { published: 0, held: 0, removed: 0 },
  reactions: { strength: 0, metoo: 0, thanks: 0 },
  /** Stories and replies the screen read as a possible crisis, by level. */
  flagged: { concern: 0, high: 0, imminent: 0 },
})
export type ActivityCounts = ReturnType<typeof emptyCounts>
export type ActivityDay = { date: string; space: string } & ActivityCounts

const bump = <T extends Record<string, number>>(counts: T, key: string, n: number) => {
  if (key in counts) (counts as Record<string, number>)[key]! += n
}

/**
 * Grouped rows to one entry per day and space (oldest first) plus totals. Deleted posts are
 * already left out by the query; statuses are only named, never the posts themselves.
 */
export function summariseActivity(activity: Activity): { days: ActivityDay[]; totals: ActivityCounts } {
  const byKey = new Map<string, ActivityDay>()
  const totals = emptyCounts()
  const entry = (date: string, space: string) => {
    const key = `${date}|${space}`
    let day = byKey.get(key)
    if (!day) byKey.set(key, (day = { date, space, ...emptyCounts() }))
    return day
  }
  const posts = (rows: Activity['stories'], kind: 'stories' | 'replies') => {
    for (const row of rows) {
      const day = entry(row.day, row.space)
      for (const counts of [day, totals]) {
        bump(counts[kind], row.status, row.n)
        if ((FLAGGED_LEVELS as readonly string[]).includes(row.level)) bump(counts.flagged, row.level, row.n)
      }
    }
  }
  posts(activity.stories, 'stories')
  posts(activity.replies, 'replies')
  for (const row of activity.reactions) {
    for (const counts of [entry(row.day, row.space), totals]) bump(counts.reactions, row.kind, row.n)
  }
  const days = [...byKey.values()].sort((a, b) => a.date.localeCompare(b.date) || a.space.localeCompare(b.space))
  return { days, totals }
}
