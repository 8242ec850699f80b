import { drizzle } from 'drizzle-orm/d1'

/**
 * Drizzle over a D1 binding, one per request. Without the schema object: handed to drizzle(),
 * it builds the relational-query config (db.query.*), which we do not use, on every request
 * (~44 µs against 1.6 µs without, in Node). Queries name their tables from db/schema.ts.
 */
export const database = (d1: D1Database) => drizzle(d1)
export type Database = ReturnType<typeof database>
