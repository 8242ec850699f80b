import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { backupPlan, type SchemaRow } from '../../scripts/lib/backup-plan'

const env = { ...process.env, WRANGLER_SEND_METRICS: 'false' }
const dir = mkdtempSync(join(tmpdir(), 'lantern-backup-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// `wrangler d1 export` has no --persist-to: a local export reads `.wrangler/state` beside the
// config. A config of our own in a temporary folder gives the source database its own state.
const config = join(dir, 'wrangler.toml')
writeFileSync(config, `name = "lantern-backup-test"
compatibility_date = "2026-04-01"
[[d1_databases]]
binding = "DB"
database_name = "lantern"
database_id = "00000000-0000-0000-0000-000000000000"
migrations_dir = "${resolve('db/migrations')}"
`)
const restored = join(dir, 'restored')
const backup = join(dir, 'backup.sql')

const run = (cmd: string, ...args: string[]) => execFileSync('npx', [cmd, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
/** Several SELECTs in one wrangler call (each call costs seconds), one result list per statement. */
const query = (target: string[], sql: string) =>
  (JSON.parse(run('wrangler', 'd1', 'execute', 'DB', '--local', ...target, '--json', '--command', sql)) as { results: Record<string, unknown>[] }[]).map((r) => r.results)
const CHECKS = "SELECT id, title, reply_count FROM stories ORDER BY id; SELECT s.id FROM stories_fts JOIN stories s ON s.rowid = stories_fts.rowid WHERE stories_fts MATCH 'oranges OR supermarket' ORDER BY s.id; SELECT count(*) AS n FROM d1_migrations"

describe('backup plan', () => {
  const row = (type: string, name: string, sql: string): SchemaRow => ({ type, name, tbl_name: name, sql })
  it('exports ordinary tables, rebuilds the FTS index, and creates triggers after the rows', () => {
    const plan = backupPlan([
      row('table', 'stories', 'CREATE TABLE stories (id)'), row('table', '_cf_KV', 'CREATE TABLE _cf_KV (k)'),
      row('table', 'stories_fts', "CREATE VIRTUAL TABLE stories_fts USING fts5(title, content='stories')"),
      row('table', 'stories_fts_data', 'CREATE TABLE stories_fts_data (id)'), row('index', 'stories_recent', 'CREATE INDEX stories_recent ON stories (id)'),
      row('trigger', 'stories_fts_ai', 'CREATE TRIGGER stories_fts_ai AFTER INSERT ON stories BEGIN SELECT 1; END'),
    ])
    expect(plan.tables).toEqual(['stories'])
    expect(plan.tail).toEqual([
      "CREATE VIRTUAL TABLE stories_fts USING fts5(title, content='stories');", `INSERT INTO "stories_fts"("stories_fts") VALUES('rebuild');`,
      'CREATE INDEX stories_recent ON stories (id);', 'CREATE TRIGGER stories_fts_ai AFTER INSERT ON stories BEGIN SELECT 1; END;',
    ])
  })
  it('refuses an FTS table that keeps the only copy of its text', () => {
    expect(() => backupPlan([row('table', 'notes_fts', 'CREATE VIRTUAL TABLE notes_fts USING fts5(body)')])).toThrow(/own content/)
  })
})

// Seed, back up, restore into an empty database, compare. About a dozen wrangler calls of 3-9 s
// each (about a minute on this 2-core machine under load); it runs alongside the browser tests.
describe('npm run backup, then npm run restore', { timeout: 240_000 }, () => {
  it('brings back the same stories, a working search index and working triggers', () => {
    run('wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--config', config)
    run('tsx', 'scripts/seed-demo.ts', '--config', config)
    run('tsx', 'scripts/backup.ts', '--config', config, '--output', backup)
    const before = query(['--config', config], CHECKS)
    expect(before[0]!.length).toBeGreaterThan(3)
    expect(before[1]!.length).toBeGreaterThan(0)

    run('tsx', 'scripts/restore.ts', backup, '--persist-to', restored, '--yes')
    expect(query(['--persist-to', restored], CHECKS)).toEqual(before)

    // Triggers came back once, after the rows: a new story is searchable, a reply counts once.
    const after = query(['--persist-to', restored], `INSERT INTO stories (id, space_slug, title, body, body_html, author_hash, author_name, status, created_at) SELECT 'restoredstory', space_slug, 'Kumquats', 'kumquat season', '<p>kumquat season</p>', author_hash, author_name, 'published', created_at FROM stories LIMIT 1; SELECT count(*) AS n FROM stories_fts WHERE stories_fts MATCH 'kumquats'`)
    expect(after[1]).toEqual([{ n: 1 }])

    // A second restore into the same, no longer empty, database is refused.
    expect(() => run('tsx', 'scripts/restore.ts', backup, '--persist-to', restored, '--yes')).toThrow(/already has/)
  })
})
