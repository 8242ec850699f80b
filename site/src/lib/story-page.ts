import type { Database } from '../../../db/client'
import { localizeSpace } from '../../../db/queries/spaces'
import { getStoryWithReplies, type Reply, type Story } from '../../../db/queries/stories'
import type { Locale } from '../i18n'

export type StoryPage =
  | { status: 200; story: Story; space: { slug: string; name: string }; replies: Reply[] }
  | { status: 404 | 410; story: null }

/**
 * What a story page shows: the story when it is published, with its published replies,
 * or why it cannot be shown (deleted: 410, anything else: 404). One D1 round trip.
 */
export async function loadStoryPage(db: Database, id: string, locale: Locale): Promise<StoryPage> {
  const found = /^[0-9a-z]{6,32}$/.test(id) ? await getStoryWithReplies(db, id) : null
  if (!found || found.story.status !== 'published') return { status: found?.story.status === 'deleted' ? 410 : 404, story: null }
  const { slug, name } = localizeSpace(found.space, locale)
  return { status: 200, story: found.story, space: { slug, name }, replies: found.replies.filter((r) => r.status === 'published') }
}
