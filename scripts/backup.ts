/**
 * Exports the D1 database to a SQL file that `npm run restore` can load into an empty one.
 *
 *   npm run backup [-- --remote] [--config <wrangler.toml>] [--output backups/<file>.sql]
 *
 * Local by default (the database `npm start` uses). `wrangler d1 export` has no --persist-to:
 * a local export always reads `.wrangler/state` beside the wrangler config, so --config is the
 * way to point it at another local database. Why the file is more than a plain export (the
 * FTS5 search index): scripts/lib/backup-plan.ts.
 */
import { execFileSync } from 'node:child_process'
import { appendFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import { backupPlan, SCHEMA_QUERY, type SchemaRow } from './lib/backup-plan'
import { queryD1 } from './lib/d1-command'

const { values } = parseArgs({
  options: {
    remote: { type: 'boolean', default: false },
    config: { type: 'string' },
    output: { type: 'string' },
  },
})

const stamp = new Date().toISOString().replaceAll(':', '-').replace(/\.\d+Z$/, 'Z')
const output = values.output ?? `backups/${stamp}${values.remote ? '-remote' : ''}.sql`
const target = [values.remote ? '--remote' : '--local', ...(values.config ? ['--config', values.config] : [])]

const plan = backupPlan(queryD1<SchemaRow>(SCHEMA_QUERY, target))
if (plan.tables.length === 0) {
  console.error('The database has no tables: nothing to back up (were the migrations applied?).')
  process.exit(1)
}
mkdirSync(dirname(output), { recursive: true })
// Two exports, schema then rows: the exporter writes each table's CREATE and its rows together
// in creation order, and tables that migrations rebuilt (drizzle's copy-and-rename) come after
// tables that reference them, so a single export fails to load ("no such table: main.stories").
const exportPart = (flag: '--no-data' | '--no-schema') => {
  const part = `${output}${flag}.part`
  execFileSync('npx', ['wrangler', 'd1', 'export', 'DB', ...target, '--output', part, '--skip-confirmation', flag, ...plan.tables.flatMap((t) => ['--table', t])], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  })
  const sql = readFileSync(part, 'utf8')
  rmSync(part)
  return sql
}
writeFileSync(output, `${exportPart('--no-data')}\n${exportPart('--no-schema')}\n`)
appendFileSync(output, `\n-- Search index, indexes and triggers (scripts/lib/backup-plan.ts): after the rows, so no trigger runs twice.\n${plan.tail.join('\n')}\n`)
console.log(`Backed up ${plan.tables.length} tables to ${output} (${(statSync(output).size / 1024).toFixed(1)} KB).`)
console.log(`Restore into an empty local database with: npm run restore -- ${output}`)
