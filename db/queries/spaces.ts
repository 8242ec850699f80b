import { asc, eq } from 'drizzle-orm'
import type { Database } from '../client'
import { spaces } from '../schema'

export type Space = typeof spaces.$inferSelect
/** What a page needs to name a space in the reader's language. */
export type SpaceLabel = Pick<Space, 'slug' | 'name' | 'description' | 'i18n'>

export const listSpaces = (db: Database) => db.select().from(spaces).orderBy(asc(spaces.sortOrder)).all()

/** The space with this slug, as a query to batch with others (its result: zero or one row). */
export const spaceQuery = (db: Database, slug: string) => db.select().from(spaces).where(eq(spaces.slug, slug))

export const getSpace = (db: Database, slug: string) => spaceQuery(db, slug).get()

/** Name and description in the reader's language, English when there is no translation. */
export function localizeSpace(space: SpaceLabel, lang: string): { slug: string; name: string; description: string } {
  const t = space.i18n?.[lang]
  return { slug: space.slug, name: t?.name ?? space.name, description: t?.description ?? space.description }
}

/** Every space's name in the reader's language, by slug (moderators' pages name spaces, not codes). */
export const spaceNames = async (db: Database, lang: string): Promise<Record<string, string>> =>
  Object.fromEntries((await listSpaces(db)).map((space) => [space.slug, localizeSpace(space, lang).name]))
