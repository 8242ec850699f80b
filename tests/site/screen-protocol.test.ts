import { describe, expect, it } from 'vitest'
import { locate, replaceSpan } from '../../site/src/lib/screen-protocol'

describe('locate (composer findings after the text changed)', () => {
  it('keeps the screened offsets while they still hold the words', () => {
    expect(locate('my boss is a nutcase', { start: 13, term: 'nutcase' })).toEqual({ start: 13, end: 20 })
  })
  it('follows the words when an earlier replacement shifted them', () => {
    const before = 'My uncle committed suicide and my boss is a total nutcase.'
    const after = replaceSpan(before, { start: 9, end: 26 }, 'died by suicide')
    const at = locate(after, { start: before.indexOf('nutcase'), term: 'nutcase' })
    expect(after.slice(at!.start, at!.end)).toBe('nutcase')
    expect(replaceSpan(after, at!, 'unfair')).toBe('My uncle died by suicide and my boss is a total unfair.')
  })
  it('picks the occurrence nearest to where the words were', () => {
    expect(locate('psycho here, and psycho there', { start: 15, term: 'psycho' })).toEqual({ start: 17, end: 23 })
  })
  it('gives nothing when the words are gone, so nothing is cut', () => {
    expect(locate('my boss is unfair', { start: 13, term: 'nutcase' })).toBeNull()
    expect(locate('anything', { start: 0, term: '' })).toBeNull()
  })
})
