/** Interface languages, English first. Shared by the API and the site. */
export const LOCALES = ['en', 'es'] as const
export type Locale = (typeof LOCALES)[number]

/** The first-party cookie that remembers a reader's choice of language (set by site/src/lib/page.ts). */
export const LANG_COOKIE = 'lang'

/** How long the cookies that remember a reader's own choices (language, country) last. */
export const CHOICE_COOKIE_S = 365 * 24 * 3600

const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value)

/**
 * The locale to answer in: an explicit choice (query or cookie) wins, then the browser's
 * Accept-Language in its order of preference, then English.
 */
export function pickLocale(explicit: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  if (explicit && isLocale(explicit)) return explicit
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=')
      return { lang: tag.slice(0, 2).toLowerCase(), q: q === undefined ? 1 : Number(q) }
    })
    .filter((l) => l.q > 0)
    .sort((a, b) => b.q - a.q)
  return ranked.find((l) => isLocale(l.lang))?.lang as Locale | undefined ?? 'en'
}
