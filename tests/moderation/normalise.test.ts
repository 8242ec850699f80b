import { describe, expect, it } from 'vitest'
import { normalise, toOriginal } from '../../moderation/normalise'

/** Original slice for the first occurrence of `word` in the canonical text. */
function spanOf(text: string, word: string): string {
  const n = normalise(text)
  const i = n.text.indexOf(word)
  expect(i, `"${word}" in "${n.text}"`).toBeGreaterThanOrEqual(0)
  const [a, b] = toOriginal(n, i, i + word.length)
  return text.slice(a, b)
}

describe('normalise', () => {
  it('lower-cases and keeps an exact map back to the original', () => {
    expect(normalise('I Want To DIE').text).toBe('i want to die')
    expect(spanOf('so I Want To DIE now', 'die')).toBe('DIE')
  })
  it('squeezes stretched letters and maps the whole run back', () => {
    expect(normalise('i want to diiiieeee').text).toBe('i want to die')
    expect(spanOf('i want to diiiieeee!', 'die')).toBe('diiiieeee')
    expect(normalise('kill').text).toBe('kil') // lexicons are squeezed the same way
  })
  it('reads leet inside words but not numbers, units or handles', () => {
    expect(normalise('k1ll mys3lf').text).toBe('kil myself')
    expect(normalise('su1c1d3').text).toBe('suicide')
    expect(normalise('$uicide').text).toBe('suicide')
    expect(normalise('ki11 pi11s').text).toBe('kil pils')
    expect(normalise('took 20mg at 3am, call 988').text).toBe('tok 20mg at 3am, cal 988')
    expect(normalise('@sam die!').text).toBe('@sam die!')
  })
  it('reads letters masked with * only where one crisis word fits', () => {
    expect(normalise('s*icide').text).toBe('suicide')
    expect(normalise('k*ll mys*lf').text).toBe('kil myself')
    expect(normalise('su**ide').text).toBe('suicide')
    expect(spanOf('thinking about s*icide again', 'suicide')).toBe('s*icide')
    expect(normalise('f*ck this').text).toBe('f*ck this') // not a crisis word: left as written
    expect(normalise('*sigh* ok').text).toBe('*sigh* ok') // emphasis, not a mask
    expect(normalise('c**t').text).toBe('c**t') // fits no listed word of that length
  })
  it('drops zero-width characters and soft hyphens', () => {
    expect(normalise('k\u200bi\u200cl\u200dl my\u00adself').text).toBe('kil myself')
    expect(spanOf('want to k\u200bill myself', 'kil')).toBe('k\u200bill')
  })
  it('folds Cyrillic and Greek look-alikes and full-width letters', () => {
    expect(normalise('ѕuісіdе').text).toBe('suicide')
    expect(normalise('Ｋｉｌｌ').text).toBe('kil')
    expect(normalise('𝐝𝐢𝐞').text).toBe('die')
  })
  it('strips accents (matching typed-without-accents forms) and folds ß', () => {
    expect(normalise('Je veux mourir, ça va').text).toBe('je veux mourir, ca va')
    expect(normalise('Müde Straße').text).toBe('mude strase')
    expect(spanOf('Quiero morir, sí', 'si')).toBe('sí')
  })
  it('joins spaced-out letters, keeping wide gaps as word breaks', () => {
    expect(normalise('k i l l  m y s e l f').text).toBe('kil myself')
    expect(normalise('s.u.i.c.i.d.e').text).toBe('suicide')
    expect(normalise('k-y-s').text).toBe('kys')
    expect(spanOf('gonna e n d  i t', 'end')).toBe('e n d')
  })
  it('reads a capital I inside a lower-case word as l, and joins "my self"', () => {
    expect(normalise('kiII my self').text).toBe('kil myself')
  })
  it('turns emoji used as words into tokens', () => {
    expect(normalise('i want to 🪦').text).toContain('emjgrave')
    expect(normalise('🔫 myself').text).toContain('emjgun')
    expect(spanOf('ready to 💀 myself', 'emjskul')).toBe('💀')
  })
  it('keeps astral characters, and every character of a post longer than a buffer slice', () => {
    // The canonical text is decoded from code units in one call (normalise.ts, textOf).
    expect(normalise('\ufeffhi 𝒜 🦄 there').text).toBe('hi a 🦄 there')
    const long = 'Ünïcödé wörds 🦄 and more. '.repeat(800)
    const n = normalise(long)
    expect(n.text).toBe('unicode words 🦄 and more. '.repeat(800))
    expect(n.start.length).toBe(n.text.length)
  })
  it('survives lone surrogates and empty text', () => {
    expect(normalise('a\ud800b').text).toBe('ab')
    expect(normalise('').text).toBe('')
    expect(toOriginal(normalise(''), 0, 0)).toEqual([0, 0])
  })
})
