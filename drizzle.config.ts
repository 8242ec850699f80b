import { defineConfig } from 'drizzle-kit'

// drizzle-kit only generates SQL here; `wrangler d1 migrations apply` is what applies it.
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema.ts',
  out: './db/migrations',
  // Flat files (0000_name.sql) that wrangler reads in order.
  migrations: { prefix: 'index' },
})
