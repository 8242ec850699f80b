import { getTableColumns, is, sql, SQL } from 'drizzle-orm'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Database } from '../client'

/**
 * Conditional writes for D1 batches. A batch is one transaction, run alone, so a
 * condition checked by its first statement still holds for the rest; these helpers let
 * that first statement carry the condition.
 */

/** Column names and encoded values (JSON, timestamps) of an insert; SQL values pass through. */
function encode<T extends SQLiteTable>(table: T, values: T['$inferInsert']) {
  const columns = getTableColumns(table)
  const entries = Object.entries(values as Record<string, unknown>).filter(([, value]) => value !== undefined)
  return {
    names: sql.join(entries.map(([key]) => sql.identifier(columns[key]!.name)), sql`, `),
    values: sql.join(entries.map(([key, value]) => (is(value, SQL) ? value : sql.param(value, columns[key]))), sql`, `),
  }
}

/** `INSERT … SELECT <values> WHERE <condition>`: inserts nothing when the condition is false. */
export function insertWhere<T extends SQLiteTable>(db: Database, table: T, values: T['$inferInsert'], condition: SQL) {
  const row = encode(table, values)
  return db.run(sql`insert into ${table} (${row.names}) select ${row.values} where ${condition}`)
}

/**
 * An insert that FAILS when the condition is false: the NOT NULL column `required` gets
 * NULL, SQLite refuses the row, and D1 rolls the whole batch back. Put first in a batch,
 * it makes every later statement conditional on the same check, with no window between.
 * Recognise the refusal with isRefusal().
 */
export function insertOrRefuse<T extends SQLiteTable>(db: Database, table: T, values: T['$inferInsert'], required: keyof T['$inferInsert'] & string, condition: SQL) {
  const columns = getTableColumns(table)
  const value = (values as Record<string, unknown>)[required]
  const guarded = { ...values, [required]: sql`case when ${condition} then ${sql.param(value, columns[required])} end` }
  const row = encode(table, guarded as T['$inferInsert'])
  return db.run(sql`insert into ${table} (${row.names}) values (${row.values})`)
}

const messages = (error: unknown): string[] => {
  const found: string[] = []
  for (let e: unknown = error; e instanceof Error; e = e.cause) found.push(e.message)
  return found
}

/** Whether a batch failed because insertOrRefuse's condition was false. */
export const isRefusal = (error: unknown, table: string, column: string) =>
  messages(error).some((m) => m.includes(`NOT NULL constraint failed: ${table}.${column}`))

/** Whether a failed statement (or a batch) was refused by a UNIQUE index. */
export const isUniqueViolation = (error: unknown) => messages(error).some((m) => m.includes('UNIQUE constraint failed'))
