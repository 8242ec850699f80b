import { COUNTRY_NAMES, INTERNATIONAL_NAME } from './country-names'
import { EMERGENCY_NUMBERS } from './emergency-numbers'
import { fallbackFor } from './fallback'
import { ALL_HELPLINES } from './helplines'
import { normaliseLang } from './locale'
import type { Emergency, Helpline, HelplineRecord, Resources } from './types'

// Common non-ISO spellings users (and older settings) send.
const ALIASES: { readonly [alias: string]: string } = { UK: 'GB' }

// Countries whose people are served by another country's lines: the reference lists
// the Swiss 143 row as "Switzerland & Liechtenstein".
const SERVED_BY: { readonly [country: string]: string } = { LI: 'CH' }

const EMERGENCY_BY_COUNTRY = new Map(EMERGENCY_NUMBERS.map((e) => [e.country, e] as const))

/**
 * ISO code we can answer for, or null. A country is supported when we have its name and
 * its emergency number: without an emergency number we would rather fall back entirely.
 */
export function normaliseCountry(input?: string | null): string | null {
  if (typeof input !== 'string') return null
  const upper = input.trim().toUpperCase()
  const code = ALIASES[upper] ?? upper
  if (!/^[A-Z]{2}$/.test(code)) return null
  return Object.hasOwn(COUNTRY_NAMES, code) && EMERGENCY_BY_COUNTRY.has(code) ? code : null
}

/** Only a V row stating 24/7 counts: V* hours are from old or secondary sources. */
export function isConfirmed24x7(r: HelplineRecord): boolean {
  return r.status === 'V' && r.open24x7
}

// Copies out of the read-only data so callers can't mutate shared state, and drops the
// internal provenance fields (status, open24x7) that are not part of the public shape.
function toPublic(r: HelplineRecord): Helpline {
  const { status: _status, open24x7: _open, languages, otherPhones, sources, ...rest } = r
  return {
    ...rest,
    ...(otherPhones ? { otherPhones: [...otherPhones] } : {}),
    ...(languages ? { languages: [...languages] } : {}),
    sources: [...sources],
  }
}

function helplineRecordsFor(code: string): HelplineRecord[] {
  const servedBy = SERVED_BY[code] ?? code
  const verified = ALL_HELPLINES.filter((r) => r.country === servedBy && r.verified)
  // Array.prototype.sort is stable (ES2019), so reference order is kept within each group.
  return verified.sort((a, b) => Number(isConfirmed24x7(b)) - Number(isConfirmed24x7(a)))
}

export function resourcesFor(country?: string | null, lang?: string): Resources {
  const l = normaliseLang(lang)
  const code = normaliseCountry(country)
  const fallback = fallbackFor(l)
  const emergencyRecord = code === null ? undefined : EMERGENCY_BY_COUNTRY.get(code)
  const names = code === null ? undefined : COUNTRY_NAMES[code]
  if (code === null || emergencyRecord === undefined || names === undefined) {
    return { country: null, countryName: INTERNATIONAL_NAME[l], emergency: null, helplines: [], fallback, is24x7Available: false }
  }
  const records = helplineRecordsFor(code)
  const emergency: Emergency = { number: emergencyRecord.number, source: emergencyRecord.source }
  if (emergencyRecord.note !== undefined) emergency.note = emergencyRecord.note
  return {
    country: code,
    countryName: names[l],
    emergency,
    helplines: records.map(toPublic),
    fallback,
    is24x7Available: records.some(isConfirmed24x7),
  }
}

/** Every country resourcesFor() answers for (with or without helplines), sorted by name in `lang`. */
export function supportedCountries(lang?: string): { code: string; name: string }[] {
  const l = normaliseLang(lang)
  return Object.keys(COUNTRY_NAMES)
    .filter((code) => normaliseCountry(code) === code)
    .map((code) => ({ code, name: COUNTRY_NAMES[code]?.[l] ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, l))
}
