import { hashPartnerKey, newPartnerKey } from '../../worker/lib/partner-key'
import { partnerConfigSchema } from '../../worker/partners/config'
import { partnerInsertSql } from './partner-sql'

/** Where `npm start` serves the sample partner page (scripts/partner-demo-server.mjs). */
export const DEMO_PARTNER_ORIGINS = ['http://127.0.0.1:8788', 'http://localhost:8788']

/**
 * The demo partner: a fictional charity with a warm theme unlike the forum's own, two
 * spaces, and its own (clearly fictional) listening line shown before the real crisis lines.
 */
export const DEMO_PARTNER = partnerConfigSchema.parse({
  slug: 'demo',
  name: 'Demo Charity',
  allowedOrigins: DEMO_PARTNER_ORIGINS,
  // Light only: the partner's page has no dark mode, so the frame should not have one either.
  theme: { accent: '#9a3412', background: '#fff7ed', text: '#431407', font: 'Georgia, "Times New Roman", serif', radius: '14px', scheme: 'light' },
  locale: 'en',
  defaultSpace: 'anxiety',
  spaces: ['anxiety', 'recovery', 'loneliness'],
  resources: [{ name: 'Demo Charity listening line (demo only, not a real service)', phone: '0800 000 0000', url: 'https://example.org/listening-line', hours: 'Every day 8:00–22:00 (fictional)' }],
  policy: { holdConcern: true },
})

/** Upserts the demo partner with a new key: returns the SQL and the key to show once. */
export async function demoPartnerSql(): Promise<{ sql: string; apiKey: string }> {
  const apiKey = newPartnerKey()
  return { sql: partnerInsertSql(DEMO_PARTNER, await hashPartnerKey(apiKey), { replace: true }), apiKey }
}
