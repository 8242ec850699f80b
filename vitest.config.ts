import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers'
import { defineConfig } from 'vitest/config'

/**
 * Three projects, one command (`npm test`):
 * - `unit`: pure libraries (moderation/) in Node;
 * - `workers`: the API against the real local D1 with the real migrations, inside workerd;
 * - `e2e`: Debian Chromium against the built site on `wrangler dev` (tests/e2e/global-setup.ts).
 */
export default defineConfig(async () => {
  const migrations = await readD1Migrations('db/migrations')
  return {
    test: {
      projects: [
        { test: { name: 'unit', include: ['tests/moderation/**/*.test.ts'], environment: 'node' } },
        {
          plugins: [
            cloudflareTest({
              main: './tests/support/worker-entry.ts',
              wrangler: { configPath: './wrangler.toml' },
              remoteBindings: false,
              miniflare: { bindings: { TEST_MIGRATIONS: migrations } },
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
