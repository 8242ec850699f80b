/**
 * npm run bench — every performance figure of the forum in one run, each next to a baseline
 * measured in the same run and its budget; writes bench/results.json.
 *
 *   npm run bench [-- --skip-build] [--port 8795] [--duration 10] [--readme]
 *
 * --skip-build uses dist/ as it is (by default it builds when a source file is newer);
 * --duration is the seconds of each 50-connection run; --readme rewrites the table in
 * README.md ("Performance and budgets"). Exits 1 when a figure could not be measured, not when a budget is
 * missed: missed budgets are reported, in the table and in results.json.
 */
import { cpus, loadavg } from 'node:os'
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { startLocalForum } from '../scripts/lib/local-forum'
import { newAuthorKey } from '../scripts/lib/story-writes'
import { stopNetworkReporting } from './devtools-quiet'
import { markdownTable, status, textTable, type Figure } from './figure'
import { moderationFigures } from './moderation'
import { moderatorCookie } from './moderator'
import { queryFigures } from './queries'
import { sizeFigures } from './sizes'
import { throughputFigures } from './throughput'
import { workerFigures } from './worker-figures'

const { values } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    port: { type: 'string', default: '8795' },
    duration: { type: 'string', default: '10' },
    readme: { type: 'boolean', default: false },
  },
})

const load = () => loadavg().map((x) => Number(x.toFixed(2)))
const startedAt = new Date()
const loadBefore = load()

// The library first, before the server exists, so workerd does not compete with it.
console.log('screen() timings (npm run bench:moderation)…')
const figures: Figure[] = moderationFigures()

const port = Number(values.port)
console.log('starting the forum (build if stale, migrate, seed, wrangler dev)…')
const forum = await startLocalForum({ port, state: '.wrangler/bench-state', build: values['skip-build'] ? 'never' : 'auto', log: '.wrangler/bench-wrangler.log', quiet: true })
try {
  await stopNetworkReporting(forum.inspectorPort) // dev-only work a deployed Worker never does
  console.log(`server up on ${forum.url}; sizes, D1 statements, per-request cost, throughput…`)
  figures.push(...(await sizeFigures(forum.url)), ...(await queryFigures(forum.url)))
  const authorKey = await newAuthorKey(forum.url)
  figures.push(...(await workerFigures(forum, authorKey, await moderatorCookie(forum.url, forum.state, authorKey))))
  figures.push(...(await throughputFigures(forum.url, Number(values.duration))))
} finally {
  await forum.stop()
}

const machine = { cores: cpus().length, cpu: cpus()[0]?.model, node: process.version, loadBefore, loadAfter: load() }
console.log(`\n${textTable(figures)}\n`)
console.log(`load average ${machine.loadBefore.join(' ')} before, ${machine.loadAfter.join(' ')} after, on ${machine.cores} cores (shared): wall-clock figures move with it.`)
const missed = figures.filter((f) => status(f) === 'NOT met')
console.log(missed.length ? `Budgets NOT met: ${missed.map((f) => `${f.group}: ${f.name}`).join('; ')}` : 'Every budget met.')

writeFileSync('bench/results.json', JSON.stringify({ measuredAt: startedAt.toISOString(), machine, figures: figures.map((f) => ({ ...f, status: status(f) })) }, null, 2) + '\n')
console.log('Written to bench/results.json.')

if (values.readme) {
  const START = '<!-- bench:start -->'
  const END = '<!-- bench:end -->'
  const readme = readFileSync('README.md', 'utf8')
  const [before, rest] = readme.split(START)
  if (rest === undefined || !rest.includes(END)) throw new Error(`README.md has no ${START} … ${END} section to rewrite`)
  const when = `Measured ${startedAt.toISOString().slice(0, 10)} by \`npm run bench\` on ${machine.cores} shared cores (load average ${machine.loadBefore[0]} at the start), Node ${machine.node}.`
  writeFileSync('README.md', `${before}${START}\n${when}\n\n${markdownTable(figures)}\n${END}${rest.split(END)[1]}`)
  console.log('README.md table updated.')
}
