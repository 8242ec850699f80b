import type { Database } from '../../db/client'
import { getPartner, listPartners, type Partner } from '../../db/queries/partners'

/**
 * Partners, cached per isolate for a minute. CORS answers and embedded pages need a
 * partner's origins on every request; reading the (small) table once a minute instead
 * keeps them off D1. A change made on the admin page reaches every isolate within
 * TTL_MS; the isolate that made it forgets at once (forgetPartners).
 */
export const TTL_MS = 60_000

type Directory = { loadedAt: number; bySlug: Map<string, Partner>; origins: Set<string> }
let cached: Directory | null = null

async function load(db: Database): Promise<Directory> {
  const rows = await listPartners(db)
  return { loadedAt: Date.now(), bySlug: new Map(rows.map((p) => [p.slug, p])), origins: new Set(rows.flatMap((p) => p.allowedOrigins)) }
}

async function directory(db: Database): Promise<Directory> {
  // No in-flight promise is shared: Workers do not let one request wait on another's I/O.
  if (!cached || Date.now() - cached.loadedAt >= TTL_MS) cached = await load(db)
  return cached
}

/** Whether some partner lists `origin` as allowed to embed and call the API. */
export async function isPartnerOrigin(db: Database, origin: string): Promise<boolean> {
  return (await directory(db)).origins.has(origin)
}

/**
 * The partner with this slug. A slug the cache does not know is read from D1, so a partner
 * created a moment ago works at once (a missing one costs one primary-key read).
 */
export async function findPartner(db: Database, slug: string): Promise<Partner | null> {
  const known = (await directory(db)).bySlug.get(slug)
  if (known) return known
  const fresh = await getPartner(db, slug)
  if (fresh && cached) cached.bySlug.set(fresh.slug, fresh)
  return fresh ?? null
}

/** Drops the cache, after a change to partners in this isolate (and between tests). */
export function forgetPartners(): void {
  cached = null
}
