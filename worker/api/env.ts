import type { Database } from '../../db/client'

/** Hono's environment for the API: Worker bindings and per-request values. */
export type AppEnv = {
  Bindings: Env
  Variables: { db: Database }
}
