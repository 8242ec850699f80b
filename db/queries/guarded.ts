import { getTableColumns, is, sql, SQL } from 'drizzle-orm'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Database } from '../client'

/**
 * Conditional writes for D1 batches. A batch is one transaction, run alone, so a
 * condition checked by its first statement still holds for the rest; these helpers let
 * that first statement carry the condition.
 */

/**
 * Every insertable column of `table`, in the table's order (the order Drizzle lists them
 * in `INSERT … SELECT`): the given value (encoded by its column: JSON, timestamps), an SQL
 * expression as is, or the column's default, or NULL.
 */
function selectList<T extends SQLiteTable>(table: T, values: Record<string, unknown>): SQL {
  const parts = Object.entries(getTableColumns(table))
    // Drizzle leaves generated columns out of inserts (an internal method, hence the cast).
    .filter(([, column]) => !(column as unknown as { shouldDisableInsert(): boolean }).shouldDisableInsert())
    .map(([key, column]) => {
      const value = values[key]
      if (is(value, SQL)) return value
      if (value !== undefined) return sql.param(value, column)
      if (column.default !== undefined) return is(column.default, SQL) ? column.default : sql.param(column.default, column)
      if (column.defaultFn) return sql.param(column.defaultFn(), column)
      return sql`null`
    })
  return sql.join(parts, sql`, `)
}

// Both helpers build Drizzle insert builders (not raw SQL), because Drizzle's D1 batch
// cannot bind parameters of raw statements.

/** `INSERT … SELECT <values> WHERE <condition>`: inserts nothing when the condition is false. */
export function insertWhere<T extends SQLiteTable>(db: Database, table: T, values: T['$inferInsert'], condition: SQL) {
  return db.insert(table).select(sql`select ${selectList(table, values as Record<string, unknown>)} where ${condition}`)
}

/**
 * An insert that FAILS when the condition is false: the NOT NULL column `required` gets
 * NULL, SQLite refuses the row, and D1 rolls the whole batch back. Put first in a batch,
 * it makes every later statement conditional on the same check, with no window between.
 * Recognise the refusal with isRefusal().
 */
export function insertOrRefuse<T extends SQLiteTable>(db: Database, table: T, values: T['$inferInsert'], required: keyof T['$inferInsert'] & string, condition: SQL) {
  const columns = getTableColumns(table)
  const given = values as Record<string, unknown>
  const guarded = { ...given, [required]: sql`case when ${condition} then ${sql.param(given[required], columns[required])} end` }
  return db.insert(table).select(sql`select ${selectList(table, guarded)}`)
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
