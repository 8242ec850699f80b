/**
 * Starts the real forum for browser tests (scripts/lib/local-forum.ts): builds the site,
 * applies the migrations to a fresh local D1 in its own state folder, loads the demo data
 * and serves it with `wrangler dev --local` in its own process group.
 */
import type { TestProject } from 'vitest/node'
import { startLocalForum } from '../../scripts/lib/local-forum'

// Overridable so two checkouts can run their browser tests side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 8791)
/** The throwaway D1 the browser tests run against (tests may add rows with `wrangler d1 execute --persist-to`). */
export const E2E_STATE = `.wrangler/e2e-state-${E2E_PORT}`
/** Everything the server printed during the run: tests/e2e/zz-secrets-at-rest.test.ts reads it for secrets. */
export const E2E_SERVER_LOG = `.wrangler/e2e-server-${E2E_PORT}.log`

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const forum = await startLocalForum({ port: E2E_PORT, state: E2E_STATE, build: process.env.E2E_SKIP_BUILD ? 'never' : 'always', log: E2E_SERVER_LOG })
  project.provide('baseUrl', forum.url)
  return forum.stop
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}
