// Personal data: phones (libphonenumber-js core with metadata for the forum's countries,
// phone-metadata.ts, and the country hint; phone-candidates.ts), emails, URLs, street
// addresses (five languages), full names (conservative) and social handles.
// Helpline and emergency numbers, and helpline websites, are not personal data.
import type { CountryCode, MetadataJson } from 'libphonenumber-js/core'
import { phonesIn, type PhoneFound } from './phone-candidates'
import { PHONE_METADATA } from './phone-metadata'
import { FIRST_NAMES, HELPLINE_DOMAINS, HELPLINE_NUMBERS, NOT_SURNAME, digits } from './pii-data'
import type { Lang, PiiFinding, PiiKind } from './types'

const LANG_REGIONS: Record<Lang, CountryCode[]> = {
  en: ['US', 'GB'], es: ['ES', 'MX'], fr: ['FR'], de: ['DE'], pt: ['BR', 'PT'],
}
// Runs of digits and phone punctuation long enough to be a phone number; libphonenumber only
// sees these windows (plus a little context), not the whole post.
const PHONE_RUN = /\+?\(?\d[\d\s().\-/]{4,24}\d/g
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g
const URL =
  /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|uk|de|fr|es|pt|br|me|info|app|ly|gg|tv|link|xyz|ca|au|nz|ie|at|ch|be|nl|mx|ar)(?:\/[^\s<>"')\]]*)?(?![a-z0-9])/gi
const HANDLE = /(?<![\w.@/])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}|(?<![\w/])u\/[A-Za-z0-9_-]{3,20}/g
// The words that open a named handle ("insta: sam_99") or a Spanish or Portuguese address,
// written once: the patterns below and their KEYWORD gate are built from them.
const PLATFORMS = 'ig|insta(?:gram)?|snap(?:chat)?|discord|tiktok|twitter|telegram|kik|threads|bluesky'
const ES_STREETS = 'calle|avenida|plaza|paseo|camino|carrera|calzada|ronda'
const PT_STREETS = 'rua|avenida|travessa|praça|praca|alameda|largo|estrada|rodovia'
const HANDLE_NAMED = RegExp(String.raw`\b(?:${PLATFORMS})(?: handle| name| username| user| id| acc(?:ount)?)?(?:\s+(?:is|es|est|ist|é)\s*[:\-=]?\s*@?|\s*[:=]\s*@?|\s+@)([A-Za-z0-9_.]{3,30}(?:#\d{4})?)`, 'gi')
// Every HANDLE_NAMED match and every Spanish or Portuguese address starts with one of these
// words, after a word boundary and before a space, ':' or '='. Few posts have one, and one scan
// for all of them costs about what the scan for either of the three patterns did.
const KEYWORD = RegExp(String.raw`\b(?:${PLATFORMS}|${ES_STREETS}|c\/|${PT_STREETS}|av\.)[\s:=]`, 'i')
// Street addresses per language, each with whether every match starts with a KEYWORD.
const ADDRESSES: Array<[RegExp, boolean?]> = [
  // en: "14 Elm Street", "221b baker st"
  [/\b\d{1,5}[a-z]?,?\s+(?:[A-Za-z][a-z'’-]+\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|court|ct|close|crescent|place|terrace|gardens|grove|square|sq|row|mews|parade)\b\.?/gi],
  // es: "calle Mayor 12", "c/ de la Paz, 3"
  [RegExp(String.raw`(?:\b(?:${ES_STREETS})\b|\bc\/)\s+(?:(?:de|del|la|los|las)\s+){0,2}[A-Za-zÀ-ÿ]+(?:\s+[A-Za-zÀ-ÿ]+){0,3},?\s*(?:n[º°o]\.?\s*)?\d{1,5}\b`, 'gi'), true],
  // fr: "12 rue de la Paix", "3 bis avenue Victor Hugo"
  [/\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|chemin|allée|allee|impasse|quai|route|cours|place)\s+(?:(?:de|du|des|la|le|d')\s*){0,2}[A-Za-zÀ-ÿ'’-]+(?:\s+[A-Z][A-Za-zÀ-ÿ'’-]+){0,3}/gi],
  // de: "Hauptstraße 5", "Berliner Str. 12a", "Am Ring 3"
  [/\b[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)*(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer)\s*\d{1,4}[a-z]?\b|\b[A-ZÄÖÜ][a-zäöüß]+(?:e|er|es)?\s+(?:Straße|Strasse|Str\.|Weg|Gasse|Allee|Platz)\s*\d{1,4}[a-z]?\b/g],
  // pt: "Rua das Flores, 123", "Av. Paulista 1000"
  [RegExp(String.raw`(?:\b(?:${PT_STREETS})\b|\bav\.)\s+(?:(?:da|do|das|dos|de)\s+)?[A-Za-zÀ-ÿ]+(?:\s+[A-Za-zÀ-ÿ]+){0,3},?\s*(?:n[º°o]\.?\s*)?\d{1,5}\b`, 'gi'), true],
]
const NAME = new RegExp(
  `\\b(?:${FIRST_NAMES.join('|')})\\s+(?:[A-Z]\\.\\s+)?([A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?)\\b`, 'g')
// A capitalised name right after someone is named or addressed ("Tell Marcus Bell",
// "mi amiga Valeria Ortiz Gómez", "my ex, Daniel Whitaker").
const NAME_CONTEXT =
  /\b(?:[Tt]ell|[Aa]sk|[Tt]old|[Tt]ext|[Mm]essage|[Ee]mail|[Nn]amed|[Cc]alled|[Ee]x,?|[Ff]riend|[Bb]oyfriend|[Gg]irlfriend|[Hh]usband|[Ww]ife|[Pp]artner|[Bb]oss|[Tt]eacher|[Nn]eighbou?r|[Cc]olleague|[Cc]ousin|[Aa]mig[oa]|[Nn]ovi[oa]|[Jj]efe|[Pp]rim[oa]|[Aa]mie?|[Cc]opain|[Cc]opine|[Ff]reundin|[Ff]reund|[Cc]hef|[Nn]amorad[oa]|[Cc]hefe|[Cc]olega|[Vv]ecin[oa]|[Vv]oisine?|[Nn]achbarin|[Nn]achbar)\s+([A-ZÀ-Ý][a-zà-ÿ'’]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’]+){1,2})\b/g
const NAME_INTRO =
  /(?:\b[Mm]y name(?: is|'s)|\b[Ii]'m called|\b[Mm]e llamo|\b[Mm]i nombre es|\b[Jj]e m'appelle|\b[Mm]on nom est|\b[Ii]ch hei(?:ß|ss)e|\b[Mm]ein [Nn]ame ist|\b[Mm]eu nome é|\b[Mm]e chamo)\s+([A-ZÀ-Ý][a-zà-ÿ'’]+\s+[A-ZÀ-Ý][a-zà-ÿ'’]+)/g

const DATE_LIKE = /^(?:\d{4}[/.-]\d{1,2}(?:[/.-]\d{1,2})?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:19|20)\d\d\s*-\s*(?:19|20)?\d\d)$/
// Every URL match holds '://', 'www.' or a dot before a letter (its top-level domain), which
// prose seldom has (a sentence's dot is followed by a space), and one test for those is quicker
// than one for the schemes and domains themselves.
const URL_HINT = /\.[a-z]|www\.|:\/\//i
// Two capitalised words in a row (the second may follow an initial), which every NAME,
// NAME_CONTEXT and NAME_INTRO match holds (first names are one such word each). Most posts
// have none: a capital followed by a capital ("My GP") is not it.
const NAME_HINT = /[A-ZÀ-Ý][a-zà-ÿ'’]+\s+(?:[A-Z]\.\s+)?[A-ZÀ-Ý][a-zà-ÿ'’]/
const unzero = (s: string) => s.replace(/^0+/, '')

function isHelpline(raw: string, national: string): boolean {
  const d = digits(raw)
  for (const cand of [d, national, unzero(d), unzero(national)]) {
    if (HELPLINE_NUMBERS.has(cand)) return true
  }
  for (const h of HELPLINE_NUMBERS) if (h.length >= 6 && unzero(h) === unzero(national)) return true
  return false
}

export function findPii(text: string, lang: Lang, country?: string): PiiFinding[] {
  const out: PiiFinding[] = []
  // `found`, the text at `start`, unless it overlaps an earlier finding.
  const add = (kind: PiiKind, start: number, found: string, note: string) => {
    const end = start + found.length
    if (out.some((f) => f.start < end && start < f.end)) return
    out.push({ kind, start, end, rule: `pii.${kind}`, note })
  }
  // A match's first group, which ends the match.
  const addGroup = (kind: PiiKind, m: RegExpExecArray, note: string) =>
    add(kind, m.index + m[0].lastIndexOf(m[1]!), m[1]!, note)
  const at = text.includes('@')
  // Cheap gates first: most posts have no '@', no domain, no capitalised name pair.
  if (at) {
    // Only around each '@' (a full-text email regex scan is slow).
    for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) {
      const from = Math.max(0, i - 64)
      EMAIL.lastIndex = 0
      const part = text.slice(from, i + 256)
      for (const m of part.matchAll(EMAIL)) {
        const s = from + m.index
        if (s <= i && s + m[0].length > i && !HELPLINE_DOMAINS.test(m[0])) add('email', s, m[0], 'email address')
      }
    }
  }
  const regions = country && /^[A-Za-z]{2}$/.test(country)
    ? [...new Set([country.toUpperCase() as CountryCode, ...LANG_REGIONS[lang]])] : LANG_REGIONS[lang]
  for (const run of text.matchAll(PHONE_RUN)) {
    // libphonenumber costs ~0.1 ms a call: ask it only about plausible numbers that are not
    // dates and not a helpline already known to be fine.
    const runDigits = digits(run[0])
    if (runDigits.length < 7 || DATE_LIKE.test(run[0].trim()) || isHelpline(run[0], runDigits)) continue
    const from = Math.max(0, run.index - 4)
    const windowText = text.slice(from, run.index + run[0].length + 4)
    for (const region of regions) {
      let found: PhoneFound[]
      try {
        // Possible, not valid: numbers posted here are often in reserved/fictional ranges that
        // strict validation rejects, yet still someone's contact detail to hide.
        found = phonesIn(windowText, region, PHONE_METADATA as unknown as MetadataJson)
      } catch {
        continue
      }
      for (const n of found) {
        const raw = windowText.slice(n.startsAt, n.endsAt)
        if (!isHelpline(raw, n.number.nationalNumber)) add('phone', from + n.startsAt, raw, 'phone number')
      }
      if (found.length > 0 || run[0].trim().startsWith('+') || runDigits.length < 9) break
    }
  }
  for (const m of URL_HINT.test(text) ? text.matchAll(URL) : []) {
    if (HELPLINE_DOMAINS.test(m[0]) || /@/.test(text.slice(Math.max(0, m.index - 1), m.index))) continue
    add('url', m.index, m[0], 'link')
  }
  const keyed = KEYWORD.test(text)
  if (/\d/.test(text)) {
    for (const [re, needsKeyword] of ADDRESSES) {
      if (needsKeyword && !keyed) continue
      for (const m of text.matchAll(re)) add('address', m.index, m[0], 'street address')
    }
  }
  if (at || text.includes('u/')) {
    for (const m of text.matchAll(HANDLE)) add('handle', m.index, m[0], 'social media handle')
  }
  for (const m of keyed ? text.matchAll(HANDLE_NAMED) : []) {
    if (!/^(is|es|est|ist|my|the|and|mine|me|private|dead|down|closed)$/i.test(m[1]!)) addGroup('handle', m, 'social media handle')
  }
  if (NAME_HINT.test(text)) {
    for (const m of text.matchAll(NAME)) if (!NOT_SURNAME.has(m[1]!)) add('name', m.index, m[0], 'full name of a person')
    for (const m of text.matchAll(NAME_CONTEXT)) {
      if (!m[1]!.split(/\s+/).some((w) => NOT_SURNAME.has(w))) addGroup('name', m, 'full name of a person')
    }
    for (const m of text.matchAll(NAME_INTRO)) addGroup('name', m, 'full name of a person')
  }
  return out.sort((a, b) => a.start - b.start)
}
