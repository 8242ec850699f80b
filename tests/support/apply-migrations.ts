// Runs before every Workers-pool test file: the real migrations on the real local D1.
import { applyD1Migrations, env } from 'cloudflare:test'

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS)
