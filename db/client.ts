import { drizzle } from 'drizzle-orm/d1'
import * as schema from './schema'

/** Drizzle over a D1 binding. Cheap to create: one per request. */
export const database = (d1: D1Database) => drizzle(d1, { schema })
export type Database = ReturnType<typeof database>
