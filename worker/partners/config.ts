import { z } from 'zod'
import { LOCALES } from '../lib/locale'
import { HEX_COLOUR, normaliseHex } from './colour'
import { themeProblems } from './theme'

/**
 * What a partner may configure, validated the same way wherever it is written: the CLI
 * (`npm run partner:create`), the admin page and any future API. Everything here ends up
 * in a CSP header or a stylesheet, so the rules are strict on purpose.
 */

export const PARTNER_SLUG = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/
export const SPACE_SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

export const partnerSlugSchema = z
  .string()
  .trim()
  .regex(PARTNER_SLUG, 'A partner slug is 1 to 40 lowercase letters, digits or hyphens, like "acme" or "city-uni".')

/**
 * An origin exactly as browsers send it: scheme, host and optional port, nothing else —
 * no path, no trailing slash, no wildcard. https only, except on this machine (demo and tests).
 */
export const originSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    let url: URL | null = null
    try {
      url = new URL(value)
    } catch {
      // reported below
    }
    const fail = (why: string) => ctx.addIssue({ code: 'custom', message: `"${value}" ${why}` })
    if (!url || url.origin === 'null') return fail('is not an origin. Write it like https://www.example.org')
    if (!/^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname)) return fail('must name one host: no wildcards (list each site separately).')
    if (url.origin !== value) return fail(`is not written as an origin: use exactly ${url.origin} (scheme and host, optional port, no path or trailing slash).`)
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return fail('must use https (plain http is only allowed for localhost).')
  })

const colour = z
  .string()
  .trim()
  .regex(HEX_COLOUR, 'Colours are hex, like #0a6 or #00aa66.')
  .transform(normaliseHex)

export const partnerThemeSchema = z
  .object({
    accent: colour.optional(),
    background: colour.optional(),
    text: colour.optional(),
    // Goes into a stylesheet: letters, digits, spaces, commas, quotes and hyphens only.
    font: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9 ,'"_-]{1,200}$/, 'A font stack lists font names separated by commas, like "Inter, system-ui, sans-serif".')
      .optional(),
    radius: z
      .string()
      .trim()
      .regex(/^(?:0|\d{1,2}(?:\.\d{1,2})?(?:px|rem|em))$/, 'A radius is a length like 8px or 0.5rem.')
      .optional(),
    scheme: z.enum(['light', 'dark', 'auto']).optional(),
  })
  .strict()
  .superRefine((theme, ctx) => {
    for (const message of themeProblems(theme)) ctx.addIssue({ code: 'custom', message })
  })

export const partnerResourceSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the helpline a name.').max(120),
    phone: z.string().trim().regex(/^\+?[0-9][0-9 ()-]{1,28}$/, 'A phone number has digits, spaces, brackets, hyphens and an optional leading +.').optional(),
    text: z.string().trim().min(1).max(80).optional(),
    url: z
      .string()
      .trim()
      .url()
      .refine((u) => u.startsWith('https://'), 'Helpline links must start with https://')
      .optional(),
    hours: z.string().trim().min(1, 'Say when the line is open, e.g. "Mon–Fri 9:00–17:00" or "24/7".').max(80),
  })
  .strict()
  .refine((r) => r.phone || r.text || r.url, 'A helpline needs a phone number, a text number or a link.')

/** Overrides that can only make moderation stricter than the forum's default policy. */
export const partnerPolicySchema = z
  .object({
    /** Posts the screen reads as "concern" wait for a moderator instead of publishing with a banner. */
    holdConcern: z.boolean().optional(),
    /** Every post written through this partner waits for a moderator (pre-moderation). */
    premoderate: z.boolean().optional(),
  })
  .strict()

export const partnerConfigSchema = z
  .object({
    slug: partnerSlugSchema,
    name: z.string().trim().min(1, 'Give the partner a name.').max(100),
    allowedOrigins: z.array(originSchema).min(1, 'List at least one origin allowed to embed the forum.').max(20),
    theme: partnerThemeSchema.default({}),
    locale: z.enum(LOCALES, { error: `locale is one of: ${LOCALES.join(', ')}.` }).default('en'),
    defaultSpace: z.string().trim().regex(SPACE_SLUG, 'That is not a space slug.').nullable().default(null),
    /** null: every space may be embedded. */
    spaces: z.array(z.string().trim().regex(SPACE_SLUG, 'That is not a space slug.')).min(1).max(20).nullable().default(null),
    resources: z.array(partnerResourceSchema).max(5).default([]),
    policy: partnerPolicySchema.default({}),
  })
  .refine((p) => !p.defaultSpace || !p.spaces || p.spaces.includes(p.defaultSpace), {
    message: 'The default space must be one of the partner\'s spaces.',
    path: ['defaultSpace'],
  })
  .transform((p) => ({ ...p, allowedOrigins: [...new Set(p.allowedOrigins)], spaces: p.spaces ? [...new Set(p.spaces)] : null }))

export type PartnerConfigInput = z.input<typeof partnerConfigSchema>
export type PartnerConfig = z.output<typeof partnerConfigSchema>
export type PartnerPolicy = z.output<typeof partnerPolicySchema>

/** zod issues as the one-line-per-problem text the CLI and admin page show. */
export const describeIssues = (error: z.ZodError): string[] =>
  error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
