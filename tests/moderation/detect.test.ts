import { describe, expect, it } from 'vitest'
import { screen } from '../../moderation/index'

describe('language detection', () => {
  it.each([
    ['I have been feeling really low this week and I do not know why', 'en'],
    ['estoy muy cansada y no sé qué hacer con mi vida', 'es'],
    ["je suis fatiguée et je ne sais pas quoi faire", 'fr'],
    ['ich bin so müde und weiß nicht, was ich tun soll', 'de'],
    ['estou muito cansada e não sei o que fazer', 'pt'],
  ])('%s → %s', (text, lang) => {
    expect(screen(text).lang).toBe(lang)
  })
  it('reads German abuse as German, so its harassment words are consulted', () => {
    // Before "dich", "dir" and "doch" were German stopwords, the Portuguese "um" won.
    const s = screen('Bring dich doch um, keiner mag dich.')
    expect(s.lang).toBe('de')
    expect(s.harassment).toHaveLength(1)
    expect(s.crisis.level).toBe('none')
  })
  it('defaults to English and obeys an explicit lang', () => {
    expect(screen('').lang).toBe('en')
    expect(screen('12345').lang).toBe('en')
    expect(screen('I want to die', { lang: 'fr' }).lang).toBe('fr')
    expect(screen('hello', { lang: 'xx' }).lang).toBe('en')
  })
})
