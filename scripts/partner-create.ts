/**
 * Registers a partner site that may embed the forum, and prints its API key once.
 *
 *   npm run partner:create -- --slug acme --name "Acme Charity" --origin https://acme.org --accent "#0b6e4f"
 *
 * Settings are validated exactly as on the admin page (worker/partners/config.ts); only
 * the key's hash is written, with `wrangler d1 execute` (local by default, --remote or
 * --persist-to <dir> for another database).
 */
import { execFileSync } from 'node:child_process'
import { hashPartnerKey, newPartnerKey } from '../worker/lib/partner-key'
import { describeIssues, partnerConfigSchema } from '../worker/partners/config'
import { PARTNER_CREATE_USAGE, partnerArgs } from './lib/partner-args'
import { partnerInsertSql } from './lib/partner-sql'
import { sqlLiteral } from './lib/sql'

const env = { ...process.env, WRANGLER_SEND_METRICS: 'false' }

function fail(lines: string[]): never {
  console.error(lines.join('\n'))
  process.exit(1)
}

function d1(target: string[], sql: string): string {
  try {
    return execFileSync('npx', ['wrangler', 'd1', 'execute', 'DB', ...target, '--json', '--command', sql], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error) {
    const output = `${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? ''}`
    if (output.includes('UNIQUE constraint failed: partners.slug')) fail(['A partner with that slug already exists. Add --replace to overwrite its settings and issue a new key.'])
    fail(['wrangler d1 execute failed:', output.trim()])
  }
}

let args: ReturnType<typeof partnerArgs>
try {
  args = partnerArgs(process.argv.slice(2))
} catch (error) {
  fail([(error as Error).message, '', PARTNER_CREATE_USAGE])
}
if (args.help) {
  console.log(PARTNER_CREATE_USAGE)
  process.exit(0)
}
const parsed = partnerConfigSchema.safeParse(args.input)
if (!parsed.success) fail(['The partner was not created:', ...describeIssues(parsed.error).map((p) => `  - ${p}`), '', 'Run with --help for the options.'])
const config = parsed.data

const wanted = [...(config.spaces ?? []), ...(config.defaultSpace ? [config.defaultSpace] : [])]
if (wanted.length) {
  const rows = JSON.parse(d1(args.target, 'SELECT slug FROM spaces ORDER BY sort_order')) as { results: { slug: string }[] }[]
  const known = new Set(rows[0]?.results.map((r) => r.slug))
  const unknown = wanted.filter((s) => !known.has(s))
  if (unknown.length) fail([`No space called ${unknown.map((s) => `"${s}"`).join(', ')}. Spaces: ${[...known].join(', ')}.`])
}

const apiKey = newPartnerKey()
d1(args.target, partnerInsertSql(config, await hashPartnerKey(apiKey), { replace: args.replace }))
// Read back what was stored, so a silent no-op cannot pass for success.
const stored = JSON.parse(d1(args.target, `SELECT slug FROM partners WHERE slug = ${sqlLiteral(config.slug)}`)) as { results: unknown[] }[]
if (!stored[0]?.results.length) fail(['The partner was not stored. Check the database you pointed at.'])

if (args.json) {
  console.log(JSON.stringify({ slug: config.slug, apiKey }))
} else {
  console.log(`Partner "${config.slug}" (${config.name}) ${args.replace ? 'saved' : 'created'}.

API key, shown only now (store it safely; only its hash is kept):
  ${apiKey}

Embed code for ${config.allowedOrigins.join(', ')}:
  <script src="https://YOUR-FORUM/embed.js" data-partner="${config.slug}"${config.defaultSpace ? ` data-space="${config.defaultSpace}"` : ''} async></script>`)
}
