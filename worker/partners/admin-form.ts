import type { Database } from '../../db/client'
import { createPartner, deletePartner, getPartner, rotatePartnerKey, updatePartner, type Actor } from '../../db/queries/partners'
import { listSpaces } from '../../db/queries/spaces'
import { hashPartnerKey, newPartnerKey } from '../lib/partner-key'
import { describeIssues, partnerConfigSchema, type PartnerConfig } from './config'
import { forgetPartners } from './directory'
import { parseHelplineLine } from './helpline-line'

/**
 * The partner admin page's form actions (site/src/pages/mod/partners.astro), kept out of
 * the page so they are tested without a browser. Every change is validated like the CLI's,
 * audited with the admin who made it, and forgotten by this isolate's partner cache.
 */
export type AdminResult =
  | { ok: true; action: 'create' | 'update' | 'rotate' | 'delete'; slug: string; apiKey?: string }
  | { ok: false; slug: string; problems: string[] }

const text = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}
const lines = (form: FormData, name: string) => (text(form, name) ?? '').split('\n').map((l) => l.trim()).filter(Boolean)

/** The form's fields as partner settings (still unvalidated). */
export function partnerInputFromForm(form: FormData) {
  const spaces = form.getAll('spaces').filter((s): s is string => typeof s === 'string')
  return {
    slug: text(form, 'slug'),
    name: text(form, 'name'),
    allowedOrigins: lines(form, 'origins'),
    theme: Object.fromEntries(
      (['accent', 'background', 'text', 'font', 'radius', 'scheme'] as const).map((k) => [k, text(form, k)]).filter(([, v]) => v !== undefined && v !== 'auto'),
    ),
    locale: text(form, 'locale'),
    spaces: spaces.length ? spaces : null,
    defaultSpace: text(form, 'defaultSpace') ?? null,
    resources: lines(form, 'resources').map(parseHelplineLine),
    policy: { ...(form.has('holdConcern') ? { holdConcern: true } : {}), ...(form.has('premoderate') ? { premoderate: true } : {}) },
  }
}

async function unknownSpaces(db: Database, config: PartnerConfig): Promise<string[]> {
  const known = new Set((await listSpaces(db)).map((s) => s.slug))
  return [...(config.spaces ?? []), ...(config.defaultSpace ? [config.defaultSpace] : [])].filter((s) => !known.has(s)).map((s) => `There is no space called "${s}".`)
}

async function validated(db: Database, form: FormData): Promise<{ config: PartnerConfig } | { problems: string[] }> {
  const parsed = partnerConfigSchema.safeParse(partnerInputFromForm(form))
  if (!parsed.success) return { problems: describeIssues(parsed.error) }
  const problems = await unknownSpaces(db, parsed.data)
  return problems.length ? { problems } : { config: parsed.data }
}

export async function handlePartnerForm(db: Database, form: FormData, actor: Actor): Promise<AdminResult> {
  const action = text(form, 'action')
  const slug = text(form, 'slug') ?? ''
  const result = await run()
  if (result.ok) forgetPartners()
  return result

  async function run(): Promise<AdminResult> {
    if (action === 'create' || action === 'update') {
      const checked = await validated(db, form)
      if ('problems' in checked) return { ok: false, slug, problems: checked.problems }
      const { slug: configSlug, ...settings } = checked.config
      if (action === 'update') {
        const updated = await updatePartner(db, configSlug, settings, actor)
        return updated ? { ok: true, action, slug: configSlug } : { ok: false, slug, problems: [`There is no partner "${configSlug}".`] }
      }
      if (await getPartner(db, configSlug)) return { ok: false, slug, problems: [`A partner called "${configSlug}" already exists.`] }
      const apiKey = newPartnerKey()
      await createPartner(db, { ...checked.config, apiKeyHash: await hashPartnerKey(apiKey) }, actor)
      return { ok: true, action, slug: configSlug, apiKey }
    }
    if (action === 'rotate') {
      const apiKey = newPartnerKey()
      return (await rotatePartnerKey(db, slug, await hashPartnerKey(apiKey), actor)) ? { ok: true, action, slug, apiKey } : { ok: false, slug, problems: [`There is no partner "${slug}".`] }
    }
    if (action === 'delete') {
      if (text(form, 'confirm') !== slug) return { ok: false, slug, problems: ['Type the partner’s slug to confirm removing it.'] }
      return (await deletePartner(db, slug, actor)) ? { ok: true, action, slug } : { ok: false, slug, problems: [`There is no partner "${slug}".`] }
    }
    return { ok: false, slug, problems: ['Unknown action.'] }
  }
}
