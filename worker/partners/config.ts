import * as z from 'zod/mini'
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

/** A trimmed string matching a pattern, with one message for people. */
const matching = (pattern: RegExp, message: string) => z.string().check(z.trim(), z.regex(pattern, message))

export const partnerSlugSchema = matching(PARTNER_SLUG, 'A partner slug is 1 to 40 lowercase letters, digits or hyphens, like "acme" or "city-uni".')

/**
 * An origin exactly as browsers send it: scheme, host and optional port, nothing else —
 * no path, no trailing slash, no wildcard. https only, except on this machine (demo and tests).
 */
export const originSchema = z.string().check(
  z.trim(),
  z.superRefine((value, ctx) => {
    let url: URL | null = null
    try {
      url = new URL(value)
    } catch {
      // reported below
    }
    const fail = (why: string) => void ctx.issues.push({ code: 'custom', message: `"${value}" ${why}`, input: value })
    if (!url || url.origin === 'null') return fail('is not an origin. Write it like https://www.example.org')
    if (!/^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname)) return fail('must name one host: no wildcards (list each site separately).')
    if (url.origin !== value) return fail(`is not written as an origin: use exactly ${url.origin} (scheme and host, optional port, no path or trailing slash).`)
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return fail('must use https (plain http is only allowed for localhost).')
  }),
)

const colour = z.pipe(matching(HEX_COLOUR, 'Colours are hex, like #0a6 or #00aa66.'), z.transform(normaliseHex))

export const partnerThemeSchema = z
  .strictObject({
    accent: z.optional(colour),
    background: z.optional(colour),
    text: z.optional(colour),
    // Goes into a stylesheet: letters, digits, spaces, commas, quotes and hyphens only.
    font: z.optional(matching(/^[A-Za-z0-9 ,'"_-]{1,200}$/, 'A font stack lists font names separated by commas, like "Inter, system-ui, sans-serif".')),
    radius: z.optional(matching(/^(?:0|\d{1,2}(?:\.\d{1,2})?(?:px|rem|em))$/, 'A radius is a length like 8px or 0.5rem.')),
    scheme: z.optional(z.enum(['light', 'dark', 'auto'])),
  })
  .check(
    z.superRefine((theme, ctx) => {
      for (const message of themeProblems(theme)) ctx.issues.push({ code: 'custom', message, input: theme })
    }),
  )

const bounded = (min: number, max: number, message?: string) => z.string().check(z.trim(), z.minLength(min, message), z.maxLength(max))

export const partnerResourceSchema = z
  .strictObject({
    name: bounded(1, 120, 'Give the helpline a name.'),
    phone: z.optional(matching(/^\+?[0-9][0-9 ()-]{1,28}$/, 'A phone number has digits, spaces, brackets, hyphens and an optional leading +.')),
    text: z.optional(bounded(1, 80)),
    url: z.optional(matching(/^https:\/\/[^\s]+$/, 'Helpline links must start with https://').check(z.refine((u) => URL.canParse(u), 'That is not a valid link.'))),
    hours: bounded(1, 80, 'Say when the line is open, e.g. "Mon–Fri 9:00–17:00" or "24/7".'),
  })
  .check(z.refine((r) => Boolean(r.phone || r.text || r.url), 'A helpline needs a phone number, a text number or a link.'))

/** Overrides that can only make moderation stricter than the forum's default policy. */
export const partnerPolicySchema = z.strictObject({
  /** Posts the screen reads as "concern" wait for a moderator instead of publishing with a banner. */
  holdConcern: z.optional(z.boolean()),
  /** Every post written through this partner waits for a moderator (pre-moderation). */
  premoderate: z.optional(z.boolean()),
})

const spaceSlug = matching(SPACE_SLUG, 'That is not a space slug.')

export const partnerConfigSchema = z.pipe(
  z
    .object({
      slug: partnerSlugSchema,
      name: bounded(1, 100, 'Give the partner a name.'),
      allowedOrigins: z.array(originSchema).check(z.minLength(1, 'List at least one origin allowed to embed the forum.'), z.maxLength(20)),
      theme: z._default(partnerThemeSchema, {}),
      locale: z._default(z.enum(LOCALES, { error: `locale is one of: ${LOCALES.join(', ')}.` }), 'en'),
      defaultSpace: z._default(z.nullable(spaceSlug), null),
      /** null: every space may be embedded. */
      spaces: z._default(z.nullable(z.array(spaceSlug).check(z.minLength(1), z.maxLength(20))), null),
      resources: z._default(z.array(partnerResourceSchema).check(z.maxLength(5)), []),
      policy: z._default(partnerPolicySchema, {}),
    })
    .check(
      z.refine((p) => !p.defaultSpace || !p.spaces || p.spaces.includes(p.defaultSpace), {
        message: "The default space must be one of the partner's spaces.",
        path: ['defaultSpace'],
      }),
    ),
  z.transform((p) => ({ ...p, allowedOrigins: [...new Set(p.allowedOrigins)], spaces: p.spaces ? [...new Set(p.spaces)] : null })),
)

export type PartnerConfigInput = z.input<typeof partnerConfigSchema>
export type PartnerConfig = z.output<typeof partnerConfigSchema>
export type PartnerPolicy = z.output<typeof partnerPolicySchema>

/** zod issues as the one-line-per-problem text the CLI and admin page show. */
export const describeIssues = (error: { issues: readonly { path: PropertyKey[]; message: string }[] }): string[] =>
  error.issues.map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
