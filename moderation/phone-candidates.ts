// Phone numbers in a short window of a post, found the way libphonenumber's own text matcher
// (PhoneNumberMatcher, leniency POSSIBLE) finds them, restricted to what PHONE_RUN lets
// through: each candidate is parsed and checked by libphonenumber (parsePhoneNumber with
// `extended`, then isPossible), and a candidate that is not a number is split as the matcher
// splits it (at "/", "(", " - ", dots, spaces) before giving up. The matcher itself brings
// 7 KB gzip of Unicode tables and patterns for text we have already narrowed to digits.
import type { CountryCode, MetadataJson, PhoneNumber, parsePhoneNumberFromString as Parse } from 'libphonenumber-js/core'
// libphonenumber-js ships its sources built twice: es6/ in ES5 syntax, with Babel's helpers
// copied into each module, and es6-modern/, the same code in today's syntax. Its package
// exports only the first ('libphonenumber-js/core' is es6/parsePhoneNumber.js); the second is
// 2.5 KB smaller gzipped in this library's bundle, so it is imported by path, and typed as the
// export it is a build of (it has no declarations of its own).
// @ts-expect-error TS7016: no declaration file for es6-modern
import modernParse from '../node_modules/libphonenumber-js/es6-modern/parsePhoneNumber.js'

const parsePhoneNumberFromString = modernParse as typeof Parse

export interface PhoneFound { startsAt: number; endsAt: number; number: PhoneNumber }

// The matcher's candidate shape (ASCII punctuation only: windows come from PHONE_RUN).
const CANDIDATE = /(?:[(\[+][-x./~()[\] \u00a0]{0,4}){0,2}\d{1,17}(?:[-x./~()[\] \u00a0]{0,4}\d{1,17}){0,17}/gi
const INNER = [/\/+(.*)/g, /(\([^(]*)/g, /(?: -|- ) *(.+)/g, /\.+ *([^.]+)/g, / +(\S+)/g]
const UNWANTED_END = /[^0-9a-z#]+$/i
const SLASH_DATE = /(?:[0-3]?\d\/[01]?\d|[01]?\d\/[0-3]?\d)\/(?:[12]\d)?\d{2}/
const BRACKETS = /^[([]?(?:[^()[\]]+[)\]])?[^()[\]]+(?:[([][^()[\]]+[)\]]){0,3}[^()[\]]*$/
const PUB_PAGES = /\d{1,5}-+\d{1,5}\s{0,4}\(\d{1,4}/
// "…/x" or "… x" after a number starts a second one (the matcher cuts the candidate there).
const SECOND_NUMBER = /[\\/] *x/

const trimAt = (re: RegExp, s: string) => { const i = s.search(re); return i >= 0 ? s.slice(0, i) : s }

function verify(candidate: string, offset: number, region: CountryCode, metadata: MetadataJson): PhoneFound | undefined {
  if (!BRACKETS.test(candidate) || PUB_PAGES.test(candidate)) return undefined
  const number = parsePhoneNumberFromString(candidate, { extended: true, defaultCountry: region } as never, metadata)
  return number?.isPossible() ? { startsAt: offset, endsAt: offset + candidate.length, number } : undefined
}

function inner(candidate: string, offset: number, region: CountryCode, metadata: MetadataJson): PhoneFound | undefined {
  for (const re of INNER) {
    re.lastIndex = 0
    let first = true
    let m: RegExpExecArray | null
    while ((m = re.exec(candidate)) !== null) {
      if (first) {
        const found = verify(trimAt(UNWANTED_END, candidate.slice(0, m.index)), offset, region, metadata)
        if (found) return found
        first = false
      }
      const part = trimAt(UNWANTED_END, m[1]!)
      const found = verify(part, offset + candidate.indexOf(part, m.index), region, metadata)
      if (found) return found
    }
  }
  return undefined
}

/** Phone numbers in `text` (a window around a digit run) for `region`. */
export function phonesIn(text: string, region: CountryCode, metadata: MetadataJson): PhoneFound[] {
  const out: PhoneFound[] = []
  CANDIDATE.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = CANDIDATE.exec(text)) !== null) {
    const candidate = trimAt(SECOND_NUMBER, m[0])
    if (SLASH_DATE.test(candidate)) continue
    const found = verify(candidate, m.index, region, metadata) ?? inner(candidate, m.index, region, metadata)
    if (found) {
      out.push(found)
      CANDIDATE.lastIndex = found.endsAt
    }
  }
  return out
}
