import { describe, expect, it } from 'vitest'
import { findingsOf, postSegments, segments, type Highlight } from '../../worker/triage/highlights'

const h = (start: number, end: number, kind: Highlight['kind'] = 'crisis'): Highlight => ({ start, end, kind, rule: 'r', note: 'n' })
const join = (list: { text: string }[]) => list.map((s) => s.text).join('')

describe('highlighting a screening’s findings in the text', () => {
  it('splits text into plain and marked parts that join back to the text', () => {
    const out = segments('I want to sleep forever now', [h(2, 6), h(10, 22)])
    expect(out.map((s) => [s.text, s.highlight?.kind ?? null])).toEqual([['I ', null], ['want', 'crisis'], [' to ', null], ['sleep foreve', 'crisis'], ['r now', null]])
    expect(join(out)).toBe('I want to sleep forever now')
  })

  it('keeps the first of overlapping findings (the more serious when they start together) and drops spans outside the text', () => {
    const out = segments('abcdefghij', [h(2, 5, 'stigma'), h(2, 4, 'crisis'), h(3, 8, 'pii'), h(8, 40), h(-1, 2), h(5, 5)])
    expect(out.map((s) => [s.text, s.highlight?.kind ?? null])).toEqual([['ab', null], ['cd', 'crisis'], ['efghij', null]])
  })

  it('reads any screening shape defensively', () => {
    expect(findingsOf(null)).toEqual([])
    expect(findingsOf('nonsense')).toEqual([])
    expect(findingsOf({ crisis: { reasons: [{ start: 'x', end: 2 }, { start: 0, end: 2, rule: 'a', note: 'b' }] }, pii: 'no' })).toEqual([{ start: 0, end: 2, kind: 'crisis', rule: 'a', note: 'b' }])
    expect(segments('', [])).toEqual([{ text: '' }])
  })

  it('splits a story’s spans between title and body using bodyOffset', () => {
    const title = 'Goodbye'
    const body = 'I am done with everything.'
    const text = `${title}\n\n${body}`
    const screening = {
      crisis: { reasons: [{ start: 0, end: 7, rule: 't', note: 'farewell' }, { start: text.indexOf('done'), end: text.indexOf('done') + 4, rule: 'b', note: 'finality' }] },
      bodyOffset: title.length + 2,
    }
    const out = postSegments({ title, body }, screening)
    expect(out.title).toEqual([{ text: 'Goodbye', highlight: expect.objectContaining({ note: 'farewell' }) }])
    expect(out.body.find((s) => s.highlight)?.text).toBe('done')
    expect(join(out.body)).toBe(body)
    expect(postSegments({ body: 'reply text' }, null)).toEqual({ title: null, body: [{ text: 'reply text' }] })
  })
})
