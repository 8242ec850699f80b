// The forum UI ships in five languages; anything else falls back to English.
export const LANGS = ['en', 'es', 'fr', 'de', 'pt'] as const
export type Lang = (typeof LANGS)[number]

export type Localised = { readonly [L in Lang]: string }

/** Accepts 'pt-BR', 'DE', 'fr_CA'… and reduces to a supported base language. */
export function normaliseLang(lang?: string | null): Lang {
  const base = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? ''
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : 'en'
}
