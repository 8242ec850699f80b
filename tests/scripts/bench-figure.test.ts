import { describe, expect, it } from 'vitest'
import { markdownTable, status, textTable, type Figure } from '../../bench/figure'

const fig = (value: number, budget: Figure['budget'], baseline: Figure['baseline'] = null): Figure => ({ group: 'g', name: 'n', value, unit: 'ms', baseline, budget })

describe('npm run bench: budgets and the table', () => {
  it('judges maximum and minimum budgets, and says when there is none', () => {
    expect(status(fig(2, { max: 2 }))).toBe('met')
    expect(status(fig(2.01, { max: 2 }))).toBe('NOT met')
    expect(status(fig(40, { min: 79 }))).toBe('NOT met')
    expect(status(fig(80, { min: 79 }))).toBe('met')
    expect(status(fig(80, null))).toBe('—')
  })

  it('prints measured, baseline, ratio, budget and status on one row', () => {
    const row = textTable([fig(20, { max: 2 }, { what: 'no-op', value: 4 })]).split('\n')[1]!
    expect(row).toMatch(/^g: n\s+20\.0 ms\s+4\.00 ms \(no-op\)\s+5\.00×\s+≤ 2\.00 ms\s+NOT met\s*$/)
    expect(markdownTable([fig(1, { max: 2 })])).toContain('| g: n | 1.00 ms | — | — | ≤ 2.00 ms | met |')
  })
})
