import { env } from 'cloudflare:test'
import { database } from '../../db/client'
import { createPartner } from '../../db/queries/partners'
import { hashPartnerKey, newPartnerKey } from '../../worker/lib/partner-key'
import { partnerConfigSchema, type PartnerConfigInput } from '../../worker/partners/config'
import { forgetPartners } from '../../worker/partners/directory'

/** Creates a partner the way the CLI and admin page do (validated config, hashed key) and returns its key. */
export async function addPartner(input: Partial<PartnerConfigInput> & { slug: string }): Promise<{ key: string }> {
  const config = partnerConfigSchema.parse({ name: `Partner ${input.slug}`, allowedOrigins: [`https://${input.slug}.example`], ...input })
  const key = newPartnerKey()
  await createPartner(database(env.DB), { ...config, apiKeyHash: await hashPartnerKey(key) }, { id: null, handle: 'test' })
  forgetPartners()
  return { key }
}
