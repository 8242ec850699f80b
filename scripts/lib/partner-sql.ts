import type { PartnerConfig } from '../../worker/partners/config'
import { sqlLiteral } from './sql'

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value))

/**
 * The INSERT for a validated partner. With `replace`, an existing partner with the same
 * slug takes the new settings and the new key (its old key stops working).
 */
export function partnerInsertSql(config: PartnerConfig, apiKeyHash: string, opts: { replace?: boolean; now?: number } = {}): string {
  const columns = ['slug', 'name', 'allowed_origins', 'theme', 'locale', 'default_space', 'spaces', 'resources', 'policy', 'api_key_hash', 'created_at']
  const values = [
    config.slug, config.name, json(config.allowedOrigins), json(config.theme), config.locale, config.defaultSpace,
    json(config.spaces), json(config.resources), json(config.policy), apiKeyHash, opts.now ?? Date.now(),
  ]
  const insert = `INSERT INTO partners (${columns.join(', ')}) VALUES (${values.map(sqlLiteral).join(', ')})`
  if (!opts.replace) return `${insert};`
  const updates = columns.filter((c) => c !== 'slug' && c !== 'created_at').map((c) => `${c} = excluded.${c}`)
  return `${insert} ON CONFLICT(slug) DO UPDATE SET ${updates.join(', ')};`
}
