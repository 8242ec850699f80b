/**
 * Bytes a reader and Cloudflare receive: the story page's first response, the islands'
 * JavaScript, the partner loader and the Worker bundle, gzip (what travels), each next to its
 * uncompressed size from the same build (the baseline: how much gzip saves).
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { readerJsBytes, screenWorkerBytes } from '../tests/e2e/reader-js'
import type { Figure } from './figure'

const KB = 1024
/** Every reader page, as in tests/e2e/budgets.test.ts. */
export const READER_PAGES = ['/', '/s/demo0first01', '/new', '/me', '/search?q=oranges', '/resources', '/spaces/anxiety', '/s/zzzzzzzzzzzz', '/embed/demo/anxiety', '/embed/demo/s/demo0first01', '/embed/demo/new']

async function gzipOf(url: string): Promise<{ raw: number; gzip: number }> {
  const bytes = Buffer.from(await (await fetch(url)).arrayBuffer())
  return { raw: bytes.length / KB, gzip: gzipSync(bytes).length / KB }
}

// Asynchronous on purpose: a synchronous child blocks the event loop, so fetch does not see the
// server close its idle keep-alive sockets and reuses a dead one afterwards ("other side closed").
async function workerBundle(): Promise<{ raw: number; gzip: number }> {
  const outdir = mkdtempSync(join(tmpdir(), 'lantern-dry-'))
  try {
    const { stdout: out } = await promisify(execFile)('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], { encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } })
    const m = /Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/.exec(out)
    if (!m) throw new Error(`no bundle size in wrangler deploy --dry-run output:\n${out}`)
    return { raw: Number(m[1]), gzip: Number(m[2]) }
  } finally {
    rmSync(outdir, { recursive: true, force: true })
  }
}

export async function sizeFigures(baseUrl: string): Promise<Figure[]> {
  const page = await gzipOf(`${baseUrl}/s/demo0first01`)
  const embed = await gzipOf(`${baseUrl}/embed.js`)
  const perPage = await Promise.all(READER_PAGES.map(async (p) => ({ p, ...(await readerJsBytes(baseUrl, [p])) })))
  const largest = perPage.reduce((a, b) => (b.gzip > a.gzip ? b : a))
  const all = await readerJsBytes(baseUrl, READER_PAGES)
  const worker = screenWorkerBytes()
  const bundle = await workerBundle()
  const raw = (value: number) => ({ what: 'uncompressed', value })
  return [
    { group: 'sizes', name: 'story page first response (HTML+CSS)', value: page.gzip, unit: 'KB gzip', baseline: raw(page.raw), budget: { max: 14 } },
    { group: 'sizes', name: `islands JS, heaviest reader page (${largest.p})`, value: largest.gzip / KB, unit: 'KB gzip', baseline: null, budget: { max: 30 } },
    {
      group: 'sizes', name: 'islands JS, all reader pages together', value: all.gzip / KB, unit: 'KB gzip',
      baseline: { what: 'heaviest single page', value: largest.gzip / KB }, budget: { max: 30 },
      note: 'no reader loads all of them: the per-page figure is what a browser downloads',
    },
    {
      group: 'sizes', name: "composer's screening worker (the moderation library in the browser)", value: worker.gzip / KB, unit: 'KB gzip', baseline: null, budget: null,
      note: 'fetched once the person starts typing a story, and run off the main thread: not an island; the library itself is budgeted above (≤ 120 KB), and tests/e2e/budgets.test.ts holds the worker to 123.5 KB',
    },
    { group: 'sizes', name: 'partner loader /embed.js', value: embed.gzip, unit: 'KB gzip', baseline: raw(embed.raw), budget: { max: 1.5 } },
    { group: 'sizes', name: 'Worker bundle (wrangler deploy --dry-run)', value: bundle.gzip, unit: 'KB gzip', baseline: raw(bundle.raw), budget: { max: 300 } },
  ]
}
