/**
 * The real forum on `wrangler dev --local` for measuring it (npm run bench, npm run load) and
 * for the browser tests: build if needed, migrate and seed a throwaway D1 in its own state
 * folder (a developer's data is untouched), serve on a port of its own, stop it afterwards.
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'

// NODE_ENV: vitest sets it to "test", which makes Svelte build its development runtime
// (larger, with dev-only checks); what is measured must be what is deployed. Vitest also puts
// import.meta.env's keys into process.env (DEV=1, MODE=test, ...), and Astro's build reads
// them back: with DEV set, code behind `import.meta.env.DEV` was built into the Worker.
export const FORUM_ENV: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', WRANGLER_SEND_METRICS: 'false', ASTRO_TELEMETRY_DISABLED: '1' }
for (const key of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']) delete FORUM_ENV[key]

export type LocalForum = {
  url: string
  state: string
  /** wrangler's DevTools inspector (its proxy to the runtime's). */
  inspectorPort: number
  /** The workerd processes serving it (wrangler starts them in the group it leads). */
  workerdPids: () => number[]
  stop: () => Promise<void>
}

export type ForumOptions = {
  port: number
  state: string
  /** 'auto' builds when a source file is newer than dist (or dist is missing). */
  build: 'always' | 'auto' | 'never'
  /** Keep `wrangler dev`'s output here (for when it does not come up). */
  log?: string
  /** Hide the output of the build, migrations and seed (errors still show). */
  quiet?: boolean
}

const SOURCES = ['site', 'worker', 'db', 'moderation', 'astro.config.mjs', 'package.json']
const BUILT = 'dist/_worker.js/index.js'

function newestMtime(path: string): number {
  const s = statSync(path)
  if (!s.isDirectory()) return s.mtimeMs
  return readdirSync(path).reduce((max, f) => Math.max(max, newestMtime(join(path, f))), s.mtimeMs)
}

/** True when dist/ was built after every source file changed. */
export function distIsFresh(): boolean {
  if (!existsSync(BUILT)) return false
  const built = statSync(BUILT).mtimeMs
  return SOURCES.filter(existsSync).every((p) => newestMtime(p) <= built)
}

async function waitForServer(url: string, timeoutMs: number, alive: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!alive()) throw new Error(`wrangler dev exited before answering on ${url}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`wrangler dev did not answer on ${url} within ${timeoutMs} ms`)
}

/**
 * Fails if something already listens on `port`: on a machine shared with other checkouts,
 * a busy port would otherwise make wrangler exit while its readiness check, and everything
 * after it, quietly talked to someone else's server.
 */
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', () => reject(new Error(`port ${port} is in use (another server?): choose another port`)))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()))
  })
}

/** Process ids whose process group is `pgid` and whose command is workerd (from /proc). */
function workerdIn(pgid: number): number[] {
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // Fields after the parenthesised command: state ppid pgrp ...
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2])
      if (pgrp === pgid && comm.startsWith('workerd')) pids.push(Number(entry))
    } catch {
      // exited meanwhile
    }
  }
  return pids
}

export async function startLocalForum(opts: ForumOptions): Promise<LocalForum> {
  await assertPortFree(opts.port)
  const inspectorPort = opts.port + 1000
  await assertPortFree(inspectorPort)
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: opts.quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit', env: FORUM_ENV })
  if (opts.build === 'always' || (opts.build === 'auto' && !distIsFresh())) run('npm', ['run', 'build'])
  rmSync(opts.state, { recursive: true, force: true })
  run('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', opts.state])
  run('npx', ['tsx', 'scripts/seed-demo.ts', '--persist-to', opts.state])
  const out = opts.log ? openSync(opts.log, 'w') : 'ignore'
  // Its own process group (detached), so stopping it stops workerd too, not only npx.
  const server = spawn(
    'npx',
    ['wrangler', 'dev', '--local', '--port', String(opts.port), '--persist-to', opts.state, '--inspector-port', String(inspectorPort),
      // Abuse limits off: one machine writes dozens of posts a minute, often with one author
      // key, which the per-key limit would slow down (worker/api/rate-limit.ts).
      '--var', 'WRITE_LIMIT_OFF:true', '--show-interactive-dev-session=false'],
    { env: FORUM_ENV, detached: true, stdio: ['ignore', out, out] },
  )
  let running = true
  const exited = new Promise<void>((resolve) => server.once('exit', () => { running = false; resolve() }))
  const killGroup = () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM')
      return true
    } catch {
      return false // already gone
    }
  }
  // Ctrl-C (or a timeout killing us) must not leave workerd holding the ports.
  const onSignal = () => {
    killGroup()
    process.exit(130)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  const stop = async () => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    if (killGroup()) await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
  }
  const url = `http://localhost:${opts.port}`
  try {
    await waitForServer(`${url}/api/spaces`, 90_000, () => running)
  } catch (e) {
    await stop()
    throw e
  }
  return { url, state: opts.state, inspectorPort, workerdPids: () => workerdIn(server.pid!), stop }
}
