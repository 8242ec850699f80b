/**
 * Starts the real forum for browser tests: builds the site, applies the migrations to a
 * fresh local D1 (its own state folder, so a developer's data is untouched), loads the
 * demo data and serves it with `wrangler dev --local` in its own process group.
 */
import { execSync, spawn, type ChildProcess } from 'node:child_process'
import { openSync, rmSync } from 'node:fs'
import type { TestProject } from 'vitest/node'

// Overridable so two checkouts can run their browser tests side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 8791)
/** The throwaway D1 the browser tests run against (tests may add rows with `wrangler d1 execute --persist-to`). */
export const E2E_STATE = `.wrangler/e2e-state-${E2E_PORT}`
/** Everything the server printed during the run: tests/e2e/zz-secrets-at-rest.test.ts reads it for secrets. */
export const E2E_SERVER_LOG = `.wrangler/e2e-server-${E2E_PORT}.log`
// NODE_ENV: vitest sets it to "test", which makes Svelte build its development runtime
// (larger, with dev-only checks); the browser tests must run, and measure, what is deployed.
const env = { ...process.env, NODE_ENV: 'production', WRANGLER_SEND_METRICS: 'false', ASTRO_TELEMETRY_DISABLED: '1' }
let server: ChildProcess | undefined

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`wrangler dev did not answer on ${url} within ${timeoutMs} ms`)
}

export async function setup(project: TestProject): Promise<() => void> {
  const run = (cmd: string) => execSync(cmd, { stdio: 'inherit', env })
  if (!process.env.E2E_SKIP_BUILD) run('npm run build')
  rmSync(E2E_STATE, { recursive: true, force: true })
  run(`npx wrangler d1 migrations apply DB --local --persist-to ${E2E_STATE}`)
  run(`npx tsx scripts/seed-demo.ts --persist-to ${E2E_STATE}`)
  server = spawn('npx', ['wrangler', 'dev', '--local', '--port', String(E2E_PORT), '--persist-to', E2E_STATE, '--inspector-port', String(E2E_PORT + 1000), '--var', 'WRITE_LIMIT_OFF:true', '--show-interactive-dev-session=false'], {
    env,
    detached: true,
    stdio: ['ignore', openSync(E2E_SERVER_LOG, 'w'), openSync(E2E_SERVER_LOG, 'a')],
  })
  const baseUrl = `http://localhost:${E2E_PORT}`
  await waitForServer(`${baseUrl}/api/spaces`, 60_000)
  project.provide('baseUrl', baseUrl)
  return () => {
    // Kill the whole group: killing only npx would leave workerd running.
    if (server?.pid) process.kill(-server.pid, 'SIGTERM')
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}
