import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { helpingSomeoneElse, resourcesFor, supportedCountries } from '../../moderation/resources'
import type { Helpline } from '../../moderation/resources'
import { ALL_HELPLINES } from '../../moderation/resources/helplines'
import { isConfirmed24x7 } from '../../moderation/resources/resources-for'

// Hand-copied from /work/shared/reference/helplines.md so a transcription slip in the
// data fails here. [country, a number/text the row gives, status]
const REFERENCE_ROWS: readonly (readonly [string, string, 'V' | 'V*'])[] = [
  ['US', '988', 'V'], ['US', 'HOME to 741741', 'V'],
  ['CA', '988', 'V'], ['CA', '1-800-668-6868', 'V*'],
  ['GB', '116 123', 'V'], ['GB', 'SHOUT to 85258', 'V'],
  ['IE', '116 123', 'V'], ['IE', '1800 247 247', 'V'], ['IE', '50808', 'V'],
  ['AU', '13 11 14', 'V'],
  ['NZ', '1737', 'V'], ['NZ', '0800 543 354', 'V'],
  ['DE', '0800 111 0 111', 'V'],
  ['AT', '142', 'V'],
  ['CH', '143', 'V'],
  ['FR', '3114', 'V'],
  ['ES', '024', 'V'], ['ES', '717 003 717', 'V*'],
  ['IT', '02 2327 2327', 'V*'],
  ['NL', '113', 'V'],
  ['BE', '1813', 'V'],
  ['SE', '90101', 'V'],
  ['NO', '116 123', 'V'], ['NO', '22 40 00 40', 'V'],
  ['DK', '70 201 201', 'V*'],
  ['FI', '09 2525 0111', 'V*'],
  ['PL', '800 70 2222', 'V'], ['PL', '116 123', 'V*'],
  ['PT', '1411', 'V'], ['PT', '213 544 545', 'V*'],
  ['JP', '0120-279-338', 'V'], ['JP', '0120-783-556', 'V*'], ['JP', '0120-061-338', 'V'], ['JP', '03-5774-0992', 'V*'],
  ['KR', '109', 'V'],
  ['IN', '14416', 'V'],
  ['SG', '1767', 'V'], ['SG', '1771', 'V'],
  ['HK', '2896 0000', 'V'], ['HK', '2389 2222', 'V'],
  ['PH', '1553', 'V'],
  ['ZA', '0800 567 567', 'V'],
  ['BR', '188', 'V'],
  ['MX', '800 911 2000', 'V'],
  ['AR', '135', 'V'], ['AR', '0800-999-0091', 'V'],
  ['CL', '*4141', 'V'],
  ['IL', '1201', 'V'],
]

// The reference's UNVERIFIED rows: [country, number]. None may ever be shown.
const UNVERIFIED_ROWS: readonly (readonly [string, string])[] = [
  ['AU', '1300 659 467'],
  ['NZ', '0508 828 865'],
  ['DE', '116 123'],
  ['BE', '0800 32 123'],
  ['JP', '0570-783-556'],
]

// The "Counted" line of the reference (CH/LI counted once, LI checked separately).
const REFERENCE_COUNTRIES = [
  'US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'DE', 'AT', 'CH', 'FR', 'ES', 'IT', 'NL', 'BE', 'SE', 'NO',
  'DK', 'FI', 'PL', 'PT', 'JP', 'KR', 'IN', 'SG', 'HK', 'PH', 'ZA', 'BR', 'MX', 'AR', 'CL', 'IL',
]

const contacts = (h: Helpline): string[] => [h.phone, ...(h.otherPhones ?? []), h.text].filter((x): x is string => !!x)
const byId = new Map(ALL_HELPLINES.map((r) => [r.id, r]))
const allShown = () => supportedCountries().flatMap((c) => resourcesFor(c.code).helplines)

describe('coverage of the reference', () => {
  it('lists all 32 countries with a V/V* entry, plus Liechtenstein', () => {
    expect(REFERENCE_COUNTRIES).toHaveLength(32)
    const codes = new Set(supportedCountries().map((c) => c.code))
    for (const c of [...REFERENCE_COUNTRIES, 'LI']) {
      expect(codes.has(c), c).toBe(true)
      expect(resourcesFor(c).helplines.length, c).toBeGreaterThan(0)
    }
  })

  it('ships every V/V* row with the right number and status', () => {
    for (const [country, contact, status] of REFERENCE_ROWS) {
      const shown = resourcesFor(country).helplines.find((h) => contacts(h).includes(contact))
      expect(shown, `${country} ${contact}`).toBeDefined()
      expect(byId.get(shown!.id)?.status, `${country} ${contact}`).toBe(status)
    }
  })

  it('holds exactly the 53 reference rows, 48 shown and 5 kept as unverified', () => {
    expect(ALL_HELPLINES).toHaveLength(53)
    expect(ALL_HELPLINES.filter((r) => r.verified)).toHaveLength(REFERENCE_ROWS.length)
    expect(ALL_HELPLINES.filter((r) => !r.verified)).toHaveLength(UNVERIFIED_ROWS.length)
    expect(new Set(ALL_HELPLINES.map((r) => r.id)).size).toBe(ALL_HELPLINES.length)
  })

  it('gives every V* entry an hoursNote and keeps verified aligned with status', () => {
    for (const r of ALL_HELPLINES) {
      expect(r.verified, r.id).toBe(r.status !== 'UNVERIFIED')
      if (r.status === 'V*') expect(r.hoursNote, r.id).toMatch(/re-check/i)
    }
  })
})

describe('unverified entries', () => {
  it('are kept in the data but never returned', () => {
    for (const [country, number] of UNVERIFIED_ROWS) {
      const kept = ALL_HELPLINES.find((r) => r.country === country && r.phone === number)
      expect(kept?.status, `${country} ${number}`).toBe('UNVERIFIED')
      expect(kept?.verified).toBe(false)
      const shown = resourcesFor(country).helplines.flatMap(contacts)
      expect(shown, `${country} ${number}`).not.toContain(number)
    }
    const unverifiedIds = new Set(ALL_HELPLINES.filter((r) => !r.verified).map((r) => r.id))
    for (const h of allShown()) {
      expect(h.verified, h.id).toBe(true)
      expect(unverifiedIds.has(h.id), h.id).toBe(false)
    }
  })

  it('only shows 116 123 where the reference names an operator on it (not EU-wide)', () => {
    const with116 = supportedCountries()
      .filter((c) => resourcesFor(c.code).helplines.some((h) => contacts(h).includes('116 123')))
      .map((c) => c.code)
      .sort()
    expect(with116).toEqual(['GB', 'IE', 'NO', 'PL'])
  })
})

describe('resourcesFor', () => {
  it('US: 988 first, emergency 911', () => {
    const r = resourcesFor('US')
    expect(r.country).toBe('US')
    expect(r.helplines[0]?.phone).toBe('988')
    expect(r.emergency?.number).toBe('911')
    expect(r.is24x7Available).toBe(true)
  })

  it('GB: Samaritans 116 123 and 999; uk/UK aliases and case-insensitivity', () => {
    const r = resourcesFor('GB')
    expect(r.helplines.find((h) => h.name === 'Samaritans')?.phone).toBe('116 123')
    expect(r.emergency?.number).toBe('999')
    for (const alias of ['uk', 'UK', 'gb', ' Gb ']) {
      expect(resourcesFor(alias)).toEqual(r)
    }
  })

  it.each([
    ['FR', '3114', '112'],
    ['ES', '024', '112'],
    ['BR', '188', '192'],
    ['AU', '13 11 14', '000'],
    ['NZ', '1737', '111'],
    ['JP', '0120-279-338', '119'],
    ['KR', '109', '119'],
    ['IN', '14416', '112'],
    ['ZA', '0800 567 567', '10111'],
    ['IL', '1201', '101'],
  ])('%s: helpline %s first, emergency %s', (country, phone, emergency) => {
    const r = resourcesFor(country)
    expect(r.helplines[0]?.phone).toBe(phone)
    expect(r.emergency?.number).toBe(emergency)
  })

  it('PT: 1411 first and 24/7 available despite SOS Voz Amiga hours', () => {
    const r = resourcesFor('pt')
    expect(r.helplines.map((h) => h.phone)).toEqual(['1411', '213 544 545'])
    expect(r.is24x7Available).toBe(true)
  })

  it('IT: no 24/7 line, so the UI must lead with 112', () => {
    const r = resourcesFor('IT')
    expect(r.is24x7Available).toBe(false)
    expect(r.emergency?.number).toBe('112')
    expect(r.helplines).toHaveLength(1)
    expect(r.helplines[0]?.hours).toMatch(/not 24\/7/)
    expect(r.helplines[0]?.hoursNote).toBeTruthy()
  })

  it('reports 24/7 only when a V row confirms it', () => {
    expect(resourcesFor('DK').is24x7Available).toBe(false) // hours unverified
    expect(resourcesFor('FI').is24x7Available).toBe(false) // V*: sources conflict
    expect(resourcesFor('CA').is24x7Available).toBe(true)
    expect(resourcesFor('AR').is24x7Available).toBe(true)
    expect(resourcesFor('GR').is24x7Available).toBe(false) // emergency number only
  })

  it('lists confirmed 24/7 lines before the others', () => {
    for (const { code } of supportedCountries()) {
      const flags = resourcesFor(code).helplines.map((h) => isConfirmed24x7(byId.get(h.id)!))
      expect(flags, code).toEqual([...flags].sort((a, b) => Number(b) - Number(a)))
    }
    expect(resourcesFor('AR').helplines[0]?.phone).toBe('0800-999-0091')
  })

  it('LI gets the Swiss 143 line; BE gets only the Flemish 1813', () => {
    const li = resourcesFor('li')
    expect(li.country).toBe('LI')
    expect(li.countryName).toBe('Liechtenstein')
    expect(li.helplines.map((h) => h.phone)).toEqual(['143'])
    expect(li.emergency?.number).toBeTruthy()
    expect(resourcesFor('BE').helplines.map((h) => h.phone)).toEqual(['1813'])
  })

  it.each([['ZZ'], [undefined], [null], [''], ['USA'], ['constructor'], ['EU']])(
    'unknown %s falls back to the international directory',
    (input) => {
      const r = resourcesFor(input)
      expect(r.country).toBeNull()
      expect(r.emergency).toBeNull()
      expect(r.helplines).toEqual([])
      expect(r.is24x7Available).toBe(false)
      expect(r.countryName).toBe('International')
      expect(r.fallback.url).toContain('findahelpline.com')
      expect(r.fallback.note).toContain('call your local emergency number')
      expect(r.fallback.alsoSee?.url).toContain('iasp.info')
    },
  )

  it('always includes the fallback, even for a covered country', () => {
    expect(resourcesFor('US').fallback.url).toBe('https://findahelpline.com')
  })

  it('answers emergency-only countries with their number and no helplines', () => {
    const r = resourcesFor('GR')
    expect(r.country).toBe('GR')
    expect(r.emergency?.number).toBe('112')
    expect(r.helplines).toEqual([])
  })

  it('localises the country name and fallback note, defaulting to English', () => {
    expect(resourcesFor('DE', 'de').countryName).toBe('Deutschland')
    expect(resourcesFor('US', 'pt-BR').countryName).toBe('Estados Unidos')
    expect(resourcesFor('GB', 'fr').countryName).toBe('Royaume-Uni')
    expect(resourcesFor('ES', 'es').countryName).toBe('España')
    expect(resourcesFor('JP', 'ja').countryName).toBe('Japan')
    expect(resourcesFor(null, 'es').countryName).toBe('Internacional')
    expect(resourcesFor(null, 'de').fallback.note).toContain('Notruf')
  })

  it('returns copies: mutating a result does not leak into the next call', () => {
    const first = resourcesFor('US')
    first.helplines[0]!.phone = '000'
    first.helplines[0]!.sources.push('tampered')
    first.helplines.pop()
    const again = resourcesFor('US')
    expect(again.helplines[0]?.phone).toBe('988')
    expect(again.helplines[0]?.sources).not.toContain('tampered')
    expect(again.helplines).toHaveLength(2)
  })
})

describe('data hygiene', () => {
  it('every shown helpline has a source, a lastChecked date, hours and a way to reach it', () => {
    const shown = allShown()
    expect(shown.length).toBeGreaterThanOrEqual(48)
    for (const h of shown) {
      expect(h.sources.length, h.id).toBeGreaterThanOrEqual(1)
      expect(h.sources.every((s) => s.trim().length > 0), h.id).toBe(true)
      expect(h.lastChecked, h.id).toBe('2026-11-23')
      expect(h.hours.trim(), h.id).not.toBe('')
      expect(contacts(h).length + (h.chat ? 1 : 0), h.id).toBeGreaterThan(0)
      expect(h.country, h.id).toMatch(/^[A-Z]{2}$/)
      expect(Object.keys(h), h.id).not.toContain('status')
    }
  })

  it('every supported country has a name and an emergency number', () => {
    for (const { code, name } of supportedCountries()) {
      const r = resourcesFor(code)
      expect(r.country).toBe(code)
      expect(r.countryName).toBe(name)
      expect(r.emergency?.number, code).toMatch(/^\d{3,5}$/)
      expect(r.emergency?.source, code).toBe('national emergency number')
    }
  })

  it('every helpline country in the data is a supported country', () => {
    const codes = new Set(supportedCountries().map((c) => c.code))
    for (const r of ALL_HELPLINES) expect(codes.has(r.country), r.id).toBe(true)
  })

  it('supportedCountries is sorted by name, without duplicates', () => {
    for (const lang of ['en', 'de']) {
      const list = supportedCountries(lang)
      const names = list.map((c) => c.name)
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, lang)))
      expect(new Set(list.map((c) => c.code)).size).toBe(list.length)
    }
    expect(supportedCountries()).toContainEqual({ code: 'GB', name: 'United Kingdom' })
    expect(supportedCountries('de')).toContainEqual({ code: 'AT', name: 'Österreich' })
  })
})

describe('helpingSomeoneElse', () => {
  // Each language must ask directly and route to the emergency number and a helpline.
  const KEYWORDS: Record<string, readonly RegExp[]> = {
    en: [/suicide/i, /emergency number/i, /helpline/i],
    es: [/suicidarte/i, /emergencias/i, /línea de ayuda/i],
    fr: [/suicide/i, /urgence/i, /ligne d’écoute/i],
    de: [/Leben zu nehmen/i, /Notruf/i, /Krisen-Hotline/i],
    pt: [/suicídio/i, /emergência/i, /linha de apoio/i],
  }

  it.each(Object.keys(KEYWORDS))('is available in %s', (lang) => {
    const g = helpingSomeoneElse(lang)
    expect(g.title.length).toBeGreaterThan(0)
    expect(g.steps.length).toBeGreaterThanOrEqual(4)
    const text = g.steps.join(' ')
    for (const k of KEYWORDS[lang]!) expect(text, `${lang} ${k}`).toMatch(k)
  })

  it('uses a distinct translation per language and falls back to English', () => {
    const titles = new Set(Object.keys(KEYWORDS).map((l) => helpingSomeoneElse(l).title))
    expect(titles.size).toBe(5)
    expect(helpingSomeoneElse('xx')).toEqual(helpingSomeoneElse('en'))
    expect(helpingSomeoneElse()).toEqual(helpingSomeoneElse('en'))
    expect(helpingSomeoneElse('pt-BR')).toEqual(helpingSomeoneElse('pt'))
  })
})

describe('module boundaries', () => {
  const here = dirname(fileURLToPath(import.meta.url))
  const moduleDir = resolve(here, '../../moderation/resources')
  const moderationDir = resolve(here, '../../moderation')
  const files = readdirSync(moduleDir).filter((f) => f.endsWith('.ts'))

  it('imports nothing from outside moderation/', () => {
    expect(files.length).toBeGreaterThan(5)
    const specifier = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g
    for (const file of files) {
      const source = readFileSync(join(moduleDir, file), 'utf8')
      for (const match of source.matchAll(specifier)) {
        const spec = match[1]!
        expect(spec.startsWith('./') || spec.startsWith('../'), `${file}: ${spec}`).toBe(true)
        const target = relative(moderationDir, resolve(moduleDir, spec))
        expect(target.startsWith('..'), `${file}: ${spec}`).toBe(false)
      }
    }
  })

  it('uses no runtime globals that are missing in the Worker or browser', () => {
    for (const file of files) {
      const source = readFileSync(join(moduleDir, file), 'utf8')
      expect(source, file).not.toMatch(/\b(process|require|fetch|window|document|Buffer|__dirname)\b\s*[.(]/)
    }
  })
})
