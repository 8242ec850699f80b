import { lt, sql } from 'drizzle-orm'
import type { Database } from '../client'
import { abuseSalts } from '../schema'

/**
 * The salt of `day` (YYYY-MM-DD, UTC), made from `fresh` if the day has none yet. One
 * statement: the upsert returns the stored row, so two isolates racing at midnight agree.
 */
export async function saltOfDay(db: Database, day: string, fresh: string): Promise<string> {
  const row = await db
    .insert(abuseSalts)
    .values({ day, salt: fresh })
    .onConflictDoUpdate({ target: abuseSalts.day, set: { salt: sql`${abuseSalts.salt}` } })
    .returning({ salt: abuseSalts.salt })
    .get()
  return row.salt
}

/** Daily rotation: yesterday's salt is forgotten, so its keyed hashes can never be recomputed. */
export function forgetSaltsBefore(db: Database, day: string) {
  return db.delete(abuseSalts).where(lt(abuseSalts.day, day))
}
