import { sql } from 'drizzle-orm'
import type { Database } from '../client'

export type SearchHit = {
  id: string
  spaceSlug: string
  title: string
  snippet: string
  contentWarnings: string
  createdAt: number
}

/** Snippet markers from the private-use area: they cannot occur in a post, so the caller
 * can escape the snippet as text and only then turn the markers into <mark>. */
export const MARK_START = '\uE000'
export const MARK_END = '\uE001'

/**
 * Turns what a person typed into a safe FTS5 query: every word becomes a quoted prefix
 * term, so punctuation, quotes and FTS operators in the input are searched as text and
 * never parsed as syntax. Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const words = input.normalize('NFKC').match(/[\p{L}\p{N}]+/gu)?.slice(0, 12) ?? []
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null
}

/** Published stories matching the query, best match first, in one query. */
export async function searchStories(db: Database, query: string, limit = 20): Promise<SearchHit[]> {
  const fts = toFtsQuery(query)
  if (!fts) return []
  return db.all<SearchHit>(sql`
    SELECT s.id AS id, s.space_slug AS spaceSlug, s.title AS title, s.content_warnings AS contentWarnings,
           s.created_at AS createdAt,
           snippet(stories_fts, 1, ${MARK_START}, ${MARK_END}, '…', 24) AS snippet
    FROM stories_fts
    JOIN stories s ON s.rowid = stories_fts.rowid
    WHERE stories_fts MATCH ${fts} AND s.status = 'published'
    ORDER BY bm25(stories_fts, 4.0, 1.0)
    LIMIT ${limit}`)
}
