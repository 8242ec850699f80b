import { readFileSync } from 'node:fs'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'
import { SecretsScanLast } from './tests/support/secrets-scan-last'

/** Recorded Llama Guard answers, replayed by the AI stand-in (tests/support/ai-standin.mjs). */
const llamaGuardRecordings = JSON.parse(readFileSync('tests/fixtures/ai/llama-guard.json', 'utf8'))

/**
 * Three projects, one command (`npm test`):
 * - `unit`: pure libraries (moderation/, site/src/lib) and the scripts (partner CLI) in Node;
 * - `workers`: the API against the real local D1 with the real migrations, inside workerd;
 * - `e2e`: Debian Chromium against the built site on `wrangler dev` (tests/e2e/global-setup.ts).
 */
export default defineConfig(async () => {
  const migrations = await readD1Migrations('db/migrations')
  return {
    test: {
      sequence: { sequencer: SecretsScanLast },
      projects: [
        { test: { name: 'unit', include: ['tests/moderation/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/site/**/*.test.ts'], environment: 'node' } },
        {
          plugins: [
            cloudflareTest({
              main: './tests/support/worker-entry.ts',
              wrangler: { configPath: './wrangler.toml' },
              remoteBindings: false,
              miniflare: {
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  // Fast failure paths for the second-opinion consumer under test.
                  AI_TIMEOUT_MS: '300',
                  REVIEW_RETRY_BASE_SECONDS: '0',
                  REVIEW_MAX_ATTEMPTS: '2',
                  // Hundreds of writes a minute from one key: abuse limits are off, except in
                  // tests/api/rate-limits.test.ts, which turns them back on for its Worker.
                  WRITE_LIMIT_OFF: 'true',
                },
                // Workers AI cannot run locally: AI is bound to a stand-in with the same
                // RPC signature that replays recorded answers.
                serviceBindings: { AI: { name: 'ai-standin' } },
                workers: [
                  {
                    name: 'ai-standin',
                    modules: true,
                    scriptPath: './tests/support/ai-standin.mjs',
                    compatibilityDate: '2026-04-01',
                    bindings: { RECORDINGS: llamaGuardRecordings },
                  },
                ],
              },
            }),
          ],
          test: {
            name: 'workers',
            include: ['tests/api/**/*.test.ts'],
            setupFiles: ['./tests/support/apply-migrations.ts'],
            // A local HTTP server the webhook tests deliver to (tests/api/mod-notify.test.ts).
            globalSetup: ['./tests/support/webhook-receiver.ts'],
          },
        },
        {
          test: {
            name: 'e2e',
            include: ['tests/e2e/**/*.test.ts'],
            environment: 'node',
            globalSetup: ['./tests/e2e/global-setup.ts'],
            testTimeout: 60_000,
            hookTimeout: 60_000,
            fileParallelism: false,
          },
        },
      ],
    },
  }
})
