// phone-candidates.ts replaces libphonenumber's text matcher (findNumbers) in the library, to
// keep its Unicode tables out of the bundle. Here the matcher is the reference: on generated
// phone-like windows (as pii.ts cuts them) in the forum's regions, both must find the same
// numbers at the same places. Windows with "#" are left out: the matcher reads "#" as the
// start of an extension ("24 #737 …"), which phonesIn does not.
import { findNumbers, parsePhoneNumberFromString, type CountryCode, type MetadataJson, type NumberFound } from 'libphonenumber-js/core'
import examples from 'libphonenumber-js/examples.mobile.json'
import fullMin from 'libphonenumber-js/metadata.min.json'
import { describe, expect, it } from 'vitest'
import { phonesIn } from '../../moderation/phone-candidates'
import { PHONE_METADATA } from '../../moderation/phone-metadata'

const metadata = PHONE_METADATA as unknown as MetadataJson
const PHONE_RUN = /\+?\(?\d[\d\s().\-/]{4,24}\d/g // as in pii.ts

function rng(seed: number): () => number {
  let a = seed
  return () => (a = (a * 1103515245 + 12345) >>> 0) / 4294967296
}

function windows(count: number): string[] {
  const r = rng(5)
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)]!
  const seps = [' ', '-', '.', '', '/', ') ', ' - ', '  ']
  const before = ['call me on ', 'tel: ', '(', '+', '+44 ', '+1 ', '+33 ', '+49 ', '+34 ', '+55 ', '+351 ', '0', 'n° ', 'abc', '$', '']
  const after = ['', ' thanks', '.', ' ext 12', ', ', '!!', ' x', 'abc', '/x12', ' or ', ' and 07700 900123']
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    let s = pick(before)
    const groups = 1 + Math.floor(r() * 5)
    for (let g = 0; g < groups; g++) {
      for (let k = 1 + Math.floor(r() * 5); k > 0; k--) s += Math.floor(r() * 10)
      if (g < groups - 1) s += pick(seps)
    }
    s += pick(after)
    if (r() < 0.2) s = `On 12/03/2024 ${s}`
    for (const run of s.matchAll(PHONE_RUN)) out.push(s.slice(Math.max(0, run.index - 4), run.index + run[0].length + 4))
  }
  return out
}

const spans = (found: Array<{ startsAt: number; endsAt: number; number: { number: string } }>) =>
  found.map((n) => `${n.startsAt}-${n.endsAt} ${n.number.number}`)

describe('phonesIn', () => {
  it('finds what libphonenumber findNumbers (POSSIBLE) finds, in the forum regions', () => {
    const ws = windows(3000)
    let numbers = 0
    for (const w of ws) {
      for (const region of ['US', 'GB', 'ES', 'FR', 'DE', 'BR', 'PT', 'AU'] as const) {
        const reference = findNumbers(w, { defaultCountry: region, v2: true, leniency: 'POSSIBLE' } as never, metadata) as unknown as NumberFound[]
        numbers += reference.length
        expect(spans(phonesIn(w, region, metadata)), `${region} ${JSON.stringify(w)}`).toEqual(spans(reference as never))
      }
    }
    expect(numbers).toBeGreaterThan(5000) // the windows do hold numbers
  })
  it('splits a run of two numbers as the matcher does', () => {
    expect(spans(phonesIn('3324451234 8002341234', 'US', metadata))).toEqual(['0-10 +13324451234', '11-21 +18002341234'])
    expect(spans(phonesIn('(31) 98765-4321', 'BR', metadata))).toEqual(['0-15 +5531987654321'])
  })
  it("finds with the trimmed metadata what the package's own finds for the same countries (formats and types dropped)", () => {
    const regions = Object.keys(PHONE_METADATA.countries) as CountryCode[]
    const kept = new Set<string>(regions)
    const own = fullMin as unknown as { country_calling_codes: Record<string, string[]>; countries: Record<string, unknown> }
    const codes = Object.entries(own.country_calling_codes).map(([code, list]) => [code, list.filter((c) => kept.has(c))] as const)
    const full = {
      ...own,
      country_calling_codes: Object.fromEntries(codes.filter(([, list]) => list.length > 0)),
      countries: Object.fromEntries(regions.map((c) => [c, own.countries[c]])),
    } as unknown as MetadataJson
    const texts = windows(300)
    for (const region of regions) {
      const example = (examples as Record<string, string>)[region]
      const parsed = example ? parsePhoneNumberFromString(example, region, full) : undefined
      if (parsed) texts.push(`call me on ${parsed.formatNational()} tonight`, parsed.formatInternational(), parsed.number, example!, example!.slice(0, -1), `${example}1`)
    }
    let numbers = 0
    for (const text of texts) {
      for (const region of regions) {
        const reference = spans(phonesIn(text, region, full))
        numbers += reference.length
        expect(spans(phonesIn(text, region, metadata)), `${region} ${JSON.stringify(text)}`).toEqual(reference)
      }
    }
    expect(numbers).toBeGreaterThan(20000)
  })
})
