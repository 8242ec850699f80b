/**
 * One measured figure next to its baseline (measured in the same run) and its budget, and
 * the table they make. Lower is better unless `higherIsBetter`.
 */
export type Figure = {
  group: string
  name: string
  value: number
  unit: string
  /** What the figure is compared with, measured in the same run (or null when nothing fits). */
  baseline: { what: string; value: number } | null
  budget: { max?: number; min?: number } | null
  /** What the number really is, where that could be mistaken (wall vs CPU, what is included). */
  note?: string
}

export type Status = 'met' | 'NOT met' | '—'

export function status(f: Figure): Status {
  if (!f.budget) return '—'
  if (f.budget.max !== undefined && f.value > f.budget.max) return 'NOT met'
  if (f.budget.min !== undefined && f.value < f.budget.min) return 'NOT met'
  return 'met'
}

const num = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : Math.abs(x) >= 0.1 || x === 0 ? x.toFixed(2) : x.toFixed(3))
const withUnit = (x: number, unit: string) => `${num(x)} ${unit}`.trim()
const budgetText = (f: Figure) =>
  !f.budget ? '—' : [f.budget.max !== undefined ? `≤ ${withUnit(f.budget.max, f.unit)}` : '', f.budget.min !== undefined ? `≥ ${withUnit(f.budget.min, f.unit)}` : ''].filter(Boolean).join(', ')
const ratioText = (f: Figure) => (f.baseline && f.baseline.value !== 0 ? `${num(f.value / f.baseline.value)}×` : '—')
const baselineText = (f: Figure) => (f.baseline ? `${withUnit(f.baseline.value, f.unit)} (${f.baseline.what})` : '—')

const columns = (f: Figure) => [`${f.group}: ${f.name}`, withUnit(f.value, f.unit), baselineText(f), ratioText(f), budgetText(f), status(f)]
const HEAD = ['figure', 'measured', 'baseline (same run)', 'ratio', 'budget', 'status']

/** A plain-text table for the terminal. */
export function textTable(figures: Figure[]): string {
  const rows = [HEAD, ...figures.map(columns)]
  const widths = HEAD.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n')
}

/** The same table in Markdown, with notes, for the README. */
export function markdownTable(figures: Figure[]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  const body = figures.map((f) => {
    const c = columns(f)
    if (status(f) === 'NOT met') c[5] = '**NOT met**'
    if (f.note) c[0] = `${c[0]} (${f.note})`
    return line(c)
  })
  return [line(HEAD), line(HEAD.map(() => '---')), ...body].join('\n')
}
