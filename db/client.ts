import { drizzle } from 'drizzle-orm/d1'

/**
 * Drizzle over a D1 binding, one per request. Without the schema object: handed to drizzle(),
 * it builds the relational-query config (db.query.*), which we do not use, and which cost
 * ~1.5 ms of CPU on every request (seen in a V8 profile of the local Worker). Queries name their
 * tables from db/schema.ts directly.
 */
export const database = (d1: D1Database) => drizzle(d1)
export type Database = ReturnType<typeof database>
