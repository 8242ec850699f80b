import type { Database } from '../../../db/client'
import { decodeCursor } from '../../../db/queries/cursor'
import { getSpace, localizeSpace } from '../../../db/queries/spaces'
import { listStories, type StoryPage } from '../../../db/queries/stories'
import type { Locale } from '../i18n'

export type SpacePage = { space: { slug: string; name: string; description: string } | null; page: StoryPage }

/** A space in the reader's language and one page of its stories (two reads in parallel). */
export async function loadSpacePage(db: Database, slug: string, cursorParam: string | null, locale: Locale): Promise<SpacePage> {
  const cursor = cursorParam ? decodeCursor(cursorParam) : null
  const [space, page] = await Promise.all([getSpace(db, slug), listStories(db, { space: slug, cursor, limit: 20 })])
  return { space: space ? localizeSpace(space, locale) : null, page }
}
