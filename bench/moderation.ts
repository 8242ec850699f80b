/**
 * screen() timings, from `npm run bench:moderation` (moderation/cli/bench.ts) run as a child
 * process and read from its table: the library's own bench stays the one place that knows
 * how posts are generated and timed (and moderation/ is another team's folder). If its
 * output changes shape, this fails loudly instead of reporting nothing.
 */
import { execFileSync } from 'node:child_process'
import type { Figure } from './figure'

const ROW = /^\s*(realistic|dense) \((\d+)% risk\), (\d+) ch\s+([\d.]+) µs\s+([\d.]+) µs\s+([\d.]+) µs\s+([\d.]+) µs/
const BUNDLE = /bundle \(esbuild[^)]*\):.*?([\d.]+) KB gzip/

export function moderationFigures(): Figure[] {
  const out = execFileSync('npx', ['tsx', 'moderation/cli/bench.ts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  const figures: Figure[] = []
  for (const line of out.split('\n')) {
    const m = ROW.exec(line)
    if (!m) continue
    const [, mix, share, size, median, p99, baseMedian, baseP99] = m
    const group = `screen() ${mix} (${share}% risk), ${size}-char posts`
    const ms = (x: string) => Number(x) / 1000
    figures.push(
      { group, name: 'median CPU', value: ms(median!), unit: 'ms', baseline: { what: 'single-regex scan', value: ms(baseMedian!) }, budget: { max: 0.2 } },
      { group, name: 'p99 CPU', value: ms(p99!), unit: 'ms', baseline: { what: 'single-regex scan', value: ms(baseP99!) }, budget: { max: 1 } },
    )
  }
  const bundle = BUNDLE.exec(out)
  if (figures.length < 4 || !bundle) throw new Error(`could not read moderation/cli/bench.ts output:\n${out}`)
  figures.push({ group: 'sizes', name: 'moderation library (esbuild, minified)', value: Number(bundle[1]), unit: 'KB gzip', baseline: null, budget: { max: 120 } })
  return figures
}
