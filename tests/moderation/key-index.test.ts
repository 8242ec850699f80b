// The key index: which lexicon entries a word can start, limited to the languages asked for.
import { describe, expect, it } from 'vitest'
import { KeyIndex } from '../../moderation/compile'

const EN = 1
const ES = 2

function built(): KeyIndex {
  const index = new KeyIndex()
  index.add(0, ['kil'], EN)
  index.add(1, ['mat'], ES)
  index.add(2, ['kil', 'mat'], ES)
  index.add(3, null, EN) // no key words: a candidate in every post of its language
  index.add(4, null, ES)
  return index
}

const hits = (index: KeyIndex, word: string, mask?: number) => {
  const ids: number[] = []
  index.lookup(word, 0, word.length, (id) => ids.push(id), mask)
  return ids.sort()
}

describe('KeyIndex', () => {
  it('finds the entries whose key prefixes the word, in the groups asked for', () => {
    const index = built()
    expect(hits(index, 'killing')).toEqual([0, 2])
    expect(hits(index, 'killing', EN)).toEqual([0])
    expect(hits(index, 'matarme', ES)).toEqual([1, 2])
    expect(hits(index, 'matarme', EN)).toEqual([])
    expect(hits(index, 'ki')).toEqual([])
  })

  it('runs the keyless entries of the groups asked for only', () => {
    const index = built()
    const ids: number[] = []
    index.eachAlways((id) => ids.push(id), ES)
    expect(ids).toEqual([4])
    index.eachAlways((id) => ids.push(id), EN | ES)
    expect(ids).toEqual([4, 3, 4])
  })
})
