/**
 * What a backup holds and how it is put back, decided from the database's own schema.
 *
 * D1's exporter (`wrangler d1 export`, local and remote alike) refuses a database that has a
 * virtual table, and ours has one: the FTS5 search index `stories_fts`. So a backup is the
 * export of every ordinary table (schema and rows), named one by one with `--table`, followed
 * by a tail this module writes: the virtual tables, an FTS5 'rebuild' that refills each index
 * from its content table, then the indexes and triggers. Triggers come last on purpose: were
 * they created before the rows, restoring would run them again (reply counters counted twice,
 * the append-only audit trigger firing). The FTS shadow tables (`stories_fts_data`, …) are
 * not copied: the rebuild makes them, so a backup never carries a stale index.
 */
export type SchemaRow = { type: string; name: string; tbl_name: string; sql: string }

export type BackupPlan = { tables: string[]; tail: string[] }

/** Schema rows in creation order: tables before the indexes and triggers that need them. */
export const SCHEMA_QUERY = "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY rowid"

// D1's own bookkeeping and SQLite's internal tables are not ours to copy (sqlite_sequence is
// refilled by the AUTOINCREMENT inserts themselves).
const internal = (name: string) => name.startsWith('_cf_') || name.startsWith('sqlite_')

const isVirtual = (row: SchemaRow) => row.type === 'table' && /^CREATE\s+VIRTUAL\s+TABLE/i.test(row.sql)
/** The table an FTS5 index reads its text from (`content='stories'`), or null if it keeps its own copy. */
const externalContent = (sql: string) => /content\s*=\s*['"`]?(\w+)['"`]?/i.exec(sql)?.[1] ?? null

export function backupPlan(schema: SchemaRow[]): BackupPlan {
  const virtual = schema.filter(isVirtual)
  const shadowOf = (name: string) => virtual.some((v) => name.startsWith(`${v.name}_`))
  for (const v of virtual) {
    // An FTS table without external content holds the only copy of its text, which the
    // exporter cannot read: refuse rather than write a backup that silently loses it.
    if (!externalContent(v.sql)) throw new Error(`virtual table ${v.name} keeps its own content; this backup cannot copy it`)
  }
  const tables = schema.filter((r) => r.type === 'table' && !isVirtual(r) && !internal(r.name) && !shadowOf(r.name)).map((r) => r.name)
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`
  const tail = [
    ...virtual.flatMap((v) => [`${v.sql};`, `INSERT INTO ${quote(v.name)}(${quote(v.name)}) VALUES('rebuild');`]),
    ...schema.filter((r) => r.type === 'index' || r.type === 'view').map((r) => `${r.sql};`),
    ...schema.filter((r) => r.type === 'trigger').map((r) => `${r.sql};`),
  ]
  return { tables, tail }
}
