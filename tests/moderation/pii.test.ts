import { describe, expect, it } from 'vitest'
import { screen } from '../../moderation/index'
import { FIRST_NAMES } from '../../moderation/pii-data'
import { ALL_HELPLINES } from '../../moderation/resources/helplines'

const kinds = (t: string, country?: string) => [...new Set(screen(t, { country }).pii.map((p) => p.kind))].sort()

describe('pii', () => {
  it('finds phone numbers with the country hint (libphonenumber)', () => {
    expect(kinds('text me on 07700 900456', 'GB')).toEqual(['phone'])
    expect(kinds("mon numéro c'est 06 12 34 56 78", 'FR')).toEqual(['phone'])
    expect(kinds('meu zap é (11) 98765-4321', 'BR')).toEqual(['phone'])
    expect(kinds('call me +44 7700 900123')).toEqual(['phone'])
  })
  it('does not treat helpline or emergency numbers as personal data', () => {
    for (const t of ['call Samaritans on 116 123', 'text SHOUT to 85258', 'Lifeline is 13 11 14', 'I called 988', 'call 999 or 112',
      'ruf die 0800 111 0 111 an', 'ligue 188', 'llama al 024', 'appelle le 3114', 'text HOME to 741741', 'tenho o 1411 guardado']) {
      expect(kinds(t), t).toEqual([])
    }
  })
  it('treats every number of the crisis directory as a helpline, not personal data', () => {
    for (const h of ALL_HELPLINES) {
      for (const n of [h.phone, ...(h.otherPhones ?? [])]) if (n) expect(kinds(`you can call ${n} any time`, h.country), `${h.id} ${n}`).toEqual([])
    }
  })
  it('finds emails, urls and handles', () => {
    expect(kinds('email me at sophie.r.hart@gmail.com')).toEqual(['email'])
    expect(kinds('my blog: https://quietfern.blogspot.com/2024/03/a.html')).toEqual(['url'])
    expect(kinds('add me on insta @midnight.moth_')).toEqual(['handle'])
    expect(kinds('my reddit is u/sad_fern_22')).toEqual(['handle'])
    expect(kinds('988lifeline.org has a chat')).toEqual([])
  })
  it('finds street addresses in five languages', () => {
    expect(kinds('I live at 14 Station Road')).toEqual(['address'])
    expect(kinds('vive en Calle Luna 14, Madrid')).toEqual(['address'])
    expect(kinds("j'habite 12 rue de la Paix")).toEqual(['address'])
    expect(kinds('ich wohne in der Hauptstraße 5')).toEqual(['address'])
    expect(kinds('moro na Rua das Flores, 123')).toEqual(['address'])
    expect(kinds('I called 988 and hung up')).toEqual([])
  })
  it('finds full names conservatively', () => {
    expect(kinds('My ex, Daniel Whitaker, told everyone')).toEqual(['name'])
    expect(kinds('Tell Marcus Bell it was his fault')).toEqual(['name'])
    expect(kinds('mi amiga Valeria Ortiz no contesta')).toEqual(['name'])
    expect(kinds('I watched Killing Me Softly with Sarah')).toEqual([])
    expect(kinds('I met James T. Kirk at the con')).toEqual(['name'])
  })
  it('keeps first names one capitalised word each (pii.ts NAME_HINT gates names on that)', () => {
    for (const n of FIRST_NAMES) expect(n).toMatch(/^[A-ZÀ-Ý][a-zà-ÿ'’]+$/)
  })
  it('spans index into the original text', () => {
    const text = 'Hi! Email: jo.bloggs@example.com'
    const [p] = screen(text).pii
    expect(text.slice(p!.start, p!.end)).toBe('jo.bloggs@example.com')
  })
})
