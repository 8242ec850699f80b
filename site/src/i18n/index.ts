import { pickLocale, type Locale } from '../../../worker/lib/locale'

export { LANG_COOKIE } from '../../../worker/lib/locale'
import { en, type MessageKey, type Messages } from './en'

export type { Locale, MessageKey }

/**
 * English, the default and the fallback, is in the Worker bundle. Other languages are static
 * assets that the build writes from their source (es.ts; see ./integration.ts), read by an
 * isolate once, when a page first needs them: ~10 KB gzip less Worker bundle, and no extra
 * request for English pages or for any page after the first.
 */
export const catalogueAsset = (locale: Locale) => `/i18n/${locale}.json`

const catalogues: Partial<Record<Locale, Promise<Messages>>> = { en: Promise.resolve(en) }

async function readCatalogue(locale: Locale, assets: Fetcher, origin: string): Promise<Messages> {
  // `astro dev` (and vitest) have no built assets: read the source. The build drops this branch.
  if (import.meta.env.DEV) return (await import('./es')).es
  const response = await assets.fetch(new URL(catalogueAsset(locale), origin))
  if (!response.ok) throw new Error(`${catalogueAsset(locale)} is missing from the static assets (${response.status}): run npm run build`)
  return (await response.json()) as Messages
}

/**
 * The message function for a locale: `t('nav.home')`. If another language's messages cannot
 * be read, the page is shown in English (and the read is retried on the next page): a reader
 * who may need the crisis lines never gets an error for want of a translation.
 */
export async function translator(locale: Locale, assets: Fetcher, origin: string): Promise<(key: MessageKey) => string> {
  let pending = catalogues[locale]
  if (!pending) {
    pending = catalogues[locale] = readCatalogue(locale, assets, origin)
    pending.catch(() => delete catalogues[locale])
  }
  const messages = await pending.catch((error: unknown) => {
    console.error(`messages for ${locale} unavailable, answering in English:`, error)
    return en
  })
  return (key) => messages[key]
}

export type Translate = Awaited<ReturnType<typeof translator>>

/** Locale for a page request: `?lang=` (the switch), then the cookie it set, then Accept-Language. */
export function localeFor(url: URL, cookie: string | undefined, acceptLanguage: string | null): Locale {
  return pickLocale(url.searchParams.get('lang') ?? cookie, acceptLanguage)
}

/** Short relative time ("3 hours ago") in the reader's language, without a library. */
export function timeAgo(date: Date, locale: Locale, now = Date.now()): string {
  const seconds = Math.round((date.getTime() - now) / 1000)
  const units: [Intl.RelativeTimeFormatUnit, number][] = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60]]
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  for (const [unit, size] of units) if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit)
  return format.format(0, 'minute')
}
