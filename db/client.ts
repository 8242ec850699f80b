import { drizzle } from 'drizzle-orm/d1'

// Without the schema object: handed to drizzle(), it builds the relational-query config
// (db.query.*), which we do not use, and which cost ~1.5 ms of CPU on every request (seen in a
// CPU profile of the local Worker). Queries name their tables from db/schema.ts directly.
const instances = new WeakMap<D1Database, ReturnType<typeof drizzle>>()

/** Drizzle over a D1 binding, reused while the runtime hands the Worker the same binding object. */
export function database(d1: D1Database) {
  let db = instances.get(d1)
  if (!db) instances.set(d1, (db = drizzle(d1)))
  return db
}
export type Database = ReturnType<typeof database>
