import { pickLocale, type Locale } from '../../../worker/lib/locale'

export { LANG_COOKIE } from '../../../worker/lib/locale'
import { en, type MessageKey, type Messages } from './en'
import { es } from './es'

export type { Locale, MessageKey }

const catalogues: Record<Locale, Messages> = { en, es }

/** The message function for a locale: `t('nav.home')`. */
export const translator = (locale: Locale) => (key: MessageKey) => catalogues[locale][key]

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
