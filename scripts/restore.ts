/**
 * Loads a backup made by `npm run backup` into an EMPTY D1 database.
 *
 *   npm run restore -- backups/<file>.sql [--yes] [--persist-to <dir>] [--config <wrangler.toml>] [--remote]
 *
 * It refuses a database that already has tables: restoring over live data would mix two
 * histories (duplicate ids fail halfway; counters and audit trail would no longer agree).
 * Empty the local one first (delete its `.wrangler/state` folder, or use a new --persist-to).
 * For the deployed database prefer D1 Time Travel (README, "Backups").
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createInterface } from 'node:readline/promises'
import { parseArgs } from 'node:util'
import { queryD1 } from './lib/d1-command'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    yes: { type: 'boolean', default: false },
    remote: { type: 'boolean', default: false },
    'persist-to': { type: 'string' },
    config: { type: 'string' },
  },
})

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

const file = positionals[0]
if (!file || positionals.length > 1) fail('Usage: npm run restore -- <backup.sql> [--yes] [--persist-to <dir>] [--config <wrangler.toml>] [--remote]')
if (!existsSync(file)) fail(`No such file: ${file}`)
const target = [
  values.remote ? '--remote' : '--local',
  ...(values['persist-to'] ? ['--persist-to', values['persist-to']] : []),
  ...(values.config ? ['--config', values.config] : []),
]
const where = values.remote ? 'the REMOTE (deployed) database' : `the local database${values['persist-to'] ? ` in ${values['persist-to']}` : ''}`

const [{ tables }] = queryD1<{ tables: number }>("SELECT count(*) AS tables FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'", target) as [{ tables: number }]
if (tables > 0) fail(`Refusing: ${where} already has ${tables} tables. Restore only into an empty database.`)

if (!values.yes) {
  if (!process.stdin.isTTY) fail('Not a terminal: pass --yes to confirm the restore.')
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  const answer = await rl.question(`Load ${file} into ${where}? [y/N] `)
  rl.close()
  if (!/^y(es)?$/i.test(answer.trim())) fail('Nothing restored.')
}

execFileSync('npx', ['wrangler', 'd1', 'execute', 'DB', ...target, '--file', file, '--yes'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
})
const [{ stories }] = queryD1<{ stories: number }>('SELECT count(*) AS stories FROM stories', target) as [{ stories: number }]
console.log(`Restored ${file} into ${where}: ${stories} stories.`)
