/**
 * npm run load — readers and writers at once against the real forum on `wrangler dev --local`:
 * 50 connections reading story pages and 5 posting stories, for 60 seconds. Reports each
 * side's throughput, p50/p99 latency and errors (non-2xx answers plus socket errors), and
 * exits 1 if there was any error.
 *
 *   npm run load [-- --duration 60] [--skip-build] [--port 8796]
 */
import { parseArgs } from 'node:util'
import { DEMO_STORIES } from '../db/seed/demo-stories'
import { hammer, type Hammered } from './lib/hammer'
import { startLocalForum } from './lib/local-forum'
import { newAuthorKey, storyBody, storyHeaders } from './lib/story-writes'

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    'skip-build': { type: 'boolean', default: false },
    port: { type: 'string', default: '8796' },
  },
})
const duration = Number(values.duration)

console.log('starting the forum (build if stale, migrate, seed, wrangler dev)…')
const forum = await startLocalForum({ port: Number(values.port), state: '.wrangler/load-state', build: values['skip-build'] ? 'never' : 'auto', log: '.wrangler/load-wrangler.log', quiet: true })
let reads: Hammered
let writes: Hammered
try {
  const authorKey = await newAuthorKey(forum.url)
  let written = 0
  let read = 0
  console.log(`${duration} s: 50 connections reading story pages, 5 posting stories, at the same time…`)
  ;[reads, writes] = await Promise.all([
    hammer({
      url: forum.url, connections: 50, duration,
      // Every demo story in turn, so the reads are not one cached page.
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: `/s/${DEMO_STORIES[read++ % DEMO_STORIES.length]!.id}` }) }],
    }),
    hammer({
      url: forum.url, connections: 5, duration,
      // A fresh body and Idempotency-Key per request: each one is a new story, as from the composer.
      requests: [{ method: 'POST', path: '/api/stories', setupRequest: (req) => ({ ...req, headers: storyHeaders(authorKey), body: storyBody(++written) }) }],
    }),
  ])
} finally {
  await forum.stop()
}

const errors = (r: Hammered) => r.non2xx + r.socketErrors
const row = (name: string, r: Hammered) =>
  `${name.padEnd(30)} ${String(r.requests).padStart(8)} ${r.rps.toFixed(1).padStart(8)} ${r.p50Ms.toFixed(0).padStart(7)} ${r.p99Ms.toFixed(0).padStart(7)} ${String(r.non2xx).padStart(7)} ${String(r.socketErrors).padStart(7)}  ${JSON.stringify(r.statusCodes)}`
console.log(`\n${'side'.padEnd(30)} ${'requests'.padStart(8)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'non-2xx'.padStart(7)} ${'socket'.padStart(7)}  status codes`)
console.log(row('read story pages (50 conn.)', reads!))
console.log(row('post stories (5 conn.)', writes!))
const total = errors(reads!) + errors(writes!)
console.log(total === 0 ? '\nNo errors.' : `\n${total} errors.`)
process.exitCode = total === 0 ? 0 : 1
