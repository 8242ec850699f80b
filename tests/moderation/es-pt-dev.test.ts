// Spanish and Portuguese: self-written sentences (never taken from the corpus) for the general
// constructions in es-families.ts / pt-families.ts, hard negatives that must stay quiet, and the
// es/pt figures on the independent dev split (dev.jsonl).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { levelRank, screen } from '../../moderation/index'
import type { Lang } from '../../moderation/types'

const verdict = (t: string, lang: Lang) => {
  const s = screen(t, { lang })
  return s.crisis.subject === 'other' ? `other:${s.crisis.level}` : s.crisis.level
}
const atLeast = (t: string, lang: Lang, min: string) => levelRank(screen(t, { lang }).crisis.level) >= levelRank(min as never)

describe('es: new wordings are caught', () => {
  it.each([
    ['No dejo de darle vueltas a la idea de quitarme la vida', 'high'],
    ['Sigo pensando en suicidarme aunque nadie lo sepa', 'high'],
    ['Ya tengo escritas las cartas para mis hermanos', 'high'],
    ['Ya no la voy a necesitar, quédatela vos', 'high'],
    ['Me golpeo la cabeza contra la pared hasta sangrar', 'high'],
    ['Pronto voy a dejar de ser una carga para mi familia', 'high'],
    ['No creo que llegue a navidad la verdad', 'high'],
    ['ya fue, me voy de este mundo', 'high'],
    ['ando con ganas de desvivirme otra vez', 'high'],
    ['Cuando se duerman lo hago', 'high'],
    ['me quiero ir para siempre de aca', 'high'],
    ['ya no doy mas', 'concern'],
    ['Quisiera dormirme y no despertar nunca', 'concern'],
    ['Mis papás vivirían más felices sin mí', 'concern'],
    ['no me importaria que me atropellara un camion', 'concern'],
  ])('%s → ≥ %s', (text, min) => {
    expect(atLeast(text, 'es', min)).toBe(true)
    expect(screen(text, { lang: 'es' }).crisis.subject).toBe('self')
  })
  it('third party stays other', () => {
    expect(verdict('Mi amiga dice que estarían mejor sin ella', 'es')).toBe('other:concern')
  })
})

describe('es: hard negatives stay quiet', () => {
  it.each([
    'Me muero de risa con este video',
    'Este examen me mata, no doy más de estudiar',
    'Le regalé mi libro favorito a mi hermana por su cumpleaños',
    'Dejé al perro con mi madre porque me voy de viaje el lunes',
    'No creo que llegue a tiempo a la fiesta',
    'Pienso en mi abuela que murió el año pasado',
    'Ya no pienso en matarme, llevo dos años en recuperación',
    'La idea de morir me daba miedo de niño',
    'Este examen me mata, ya no doy más de estudiar',
    'Me quiero ir para siempre a vivir a Madrid',
    'Dejé de cortarme hace tres años y las cicatrices ya casi no se ven',
  ])('%s', (text) => {
    expect(verdict(text, 'es')).toBe('none')
  })
})

describe('pt: new wordings are caught', () => {
  it.each([
    ['Só penso em me matar desde que perdi o emprego', 'high'],
    ['Tenho vontade de acabar com a minha vida', 'high'],
    ['Penso em pôr fim à minha vida todos os dias', 'high'],
    ['Quero suicidar-me', 'high'],
    ['Bato a cabeça na parede até sangrar', 'high'],
    ['Se eu sumir, cuidem do meu gato por mim', 'high'],
    ['Vou embora de vez, ninguém vai sentir falta', 'high'],
    ['Pesquisei quantos comprimidos seriam letais', 'high'],
    ['penso em s.u.i.c.i.d.i.o antes de dormir', 'high'],
    ['Queria simplesmente deixar de existir', 'concern'],
    ['Minha mãe ficaria melhor sem mim', 'concern'],
    ['queria nao acordar amanha', 'concern'],
  ])('%s → ≥ %s', (text, min) => {
    expect(atLeast(text, 'pt', min)).toBe(true)
    expect(screen(text, { lang: 'pt' }).crisis.subject).toBe('self')
  })
  it('third party stays other', () => {
    expect(verdict('A minha amiga diz que ficaríamos melhor sem ela', 'pt')).toBe('other:concern')
    expect(verdict('O meu irmão postou adeus a todos e o telemóvel está desligado', 'pt')).toBe('other:imminent')
  })
})

describe('pt: hard negatives stay quiet', () => {
  it.each([
    'Morri de rir com esse vídeo',
    'Estou morta de cansaço depois do plantão',
    'Deixei o cachorro com a vizinha porque viajo amanhã',
    'Paguei as contas todas e fui ao cinema',
    'Não vou estar cá no Natal, vou passar em Paris com a família',
    'Quero sumir pra praia neste fim de semana',
    'Essa prova vai me matar',
    'Tentei fazer o bolo de novo e deu certo',
    'Penso em tentar de novo a prova de condução',
    'Parei de me cortar há três anos. As cicatrizes já quase não se notam.',
  ])('%s', (text) => {
    expect(verdict(text, 'pt')).toBe('none')
  })
})

describe('es/pt dev split figures (no language hint)', () => {
  const rows = readFileSync(resolve(__dirname, '../fixtures/moderation/dev.jsonl'), 'utf8')
    .trim().split('\n').map((l) => JSON.parse(l) as { lang: string; text: string; country?: string; expect: { crisis: string } })
  it.each(['es', 'pt'])('%s: high+ ≥ 95 %, concern+ ≥ 95 %, false alarms ≤ 5 %', (lang) => {
    let hp = 0, hr = 0, cp = 0, cr = 0, neg = 0, fa = 0
    for (const c of rows.filter((r) => r.lang === lang)) {
      const e = levelRank(c.expect.crisis as never)
      const g = levelRank(screen(c.text, { country: c.country }).crisis.level)
      if (e >= 2) { hp++; if (g >= 2) hr++ }
      if (e >= 1) { cp++; if (g >= 1) cr++ }
      if (e === 0) { neg++; if (g >= 1) fa++ }
    }
    expect(hp).toBeGreaterThan(20)
    expect(hr / hp).toBeGreaterThanOrEqual(0.95)
    expect(cr / cp).toBeGreaterThanOrEqual(0.95)
    expect(fa / neg).toBeLessThanOrEqual(0.05)
  })
})
