/**
 * screen() timings, from `npm run bench:moderation` (moderation/cli/bench.ts) run as a child
 * process and read from its table: the library's own bench stays the one place that knows
 * how posts are generated and timed (and moderation/ is another team's folder). If its
 * output changes shape, this fails loudly instead of reporting nothing.
 */
import { execFileSync } from 'node:child_process'
import type { Figure } from './figure'

const ROW = /^\s*(realistic|dense) \((\d+)% risk\), (\d+) ch\s+([\d.]+) µs\s+([\d.]+) µs\s+([\d.]+) µs\s+([\d.]+) µs/
const FASTEST = /^\s*fastest of 5: (realistic|dense) \((\d+)% risk\), (\d+) ch\s+([\d.]+) µs\s+([\d.]+) µs/
const BUNDLE = /bundle \(esbuild[^)]*\):.*?([\d.]+) KB gzip/

export function moderationFigures(): Figure[] {
  const out = execFileSync('npx', ['tsx', 'moderation/cli/bench.ts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  const figures: Figure[] = []
  const ms = (x: string) => Number(x) / 1000
  const groupOf = (mix: string, share: string, size: string) => `screen() ${mix} (${share}% risk), ${size}-char posts`
  // No budget on these: a post screened again at once finds its data in the CPU caches, which a
  // server screening different posts does not; they show how much of the p99 is collections,
  // preemption and cold caches.
  const NOTE = 'each post timed 5 times in a row, fastest kept: no garbage collection or preemption, but warm caches'
  const TIME_NOTE = "per post, the smaller of process CPU and wall time: process CPU adds V8's helper threads in 4 ms scheduler ticks, wall adds waits for a core; both are at least the post's own time"
  for (const line of out.split('\n')) {
    const own = FASTEST.exec(line)
    if (own) {
      const [, mix, share, size, median, p99] = own
      const group = groupOf(mix!, share!, size!)
      figures.push(
        { group, name: 'median, fastest of 5 runs', value: ms(median!), unit: 'ms', baseline: null, budget: null, note: NOTE },
        { group, name: 'p99, fastest of 5 runs', value: ms(p99!), unit: 'ms', baseline: null, budget: null },
      )
      continue
    }
    const m = ROW.exec(line)
    if (!m) continue
    const [, mix, share, size, median, p99, baseMedian, baseP99] = m
    const group = groupOf(mix!, share!, size!)
    figures.push(
      { group, name: 'median time', value: ms(median!), unit: 'ms', baseline: { what: 'single-regex scan', value: ms(baseMedian!) }, budget: { max: 0.2 }, note: TIME_NOTE },
      { group, name: 'p99 time', value: ms(p99!), unit: 'ms', baseline: { what: 'single-regex scan', value: ms(baseP99!) }, budget: { max: 1 } },
    )
  }
  // Each kind of post's rows together (the fastest-of-5 table is printed after the main one).
  const groups = [...new Set(figures.map((f) => f.group))]
  figures.sort((a, b) => groups.indexOf(a.group) - groups.indexOf(b.group))
  const bundle = BUNDLE.exec(out)
  if (figures.length < 16 || !bundle) throw new Error(`could not read moderation/cli/bench.ts output:\n${out}`)
  figures.push({ group: 'sizes', name: 'moderation library (esbuild, minified)', value: Number(bundle[1]), unit: 'KB gzip', baseline: null, budget: { max: 120 } })
  return figures
}
