import type { AstroGlobal } from 'astro'
import type { Actor } from '../../../db/queries/partners'

/**
 * The signed-in admin, or null. PLACEHOLDER until the moderator area's session code
 * (worker/mod-auth, built separately) is merged: it denies everyone, so the partner page
 * is closed rather than open. Wiring: return the session's moderator when their role is
 * 'admin', as `{ id, handle }` (the audit log records both).
 */
export async function currentAdmin(_Astro: AstroGlobal): Promise<Actor | null> {
  return null
}
