// npm run eval — scores screen() on tune.jsonl and holdout.jsonl. Aggregates only: held-out
// cases are never printed one by one. `--misses` lists failing TUNE cases (never holdout).
// `--lang-hint` passes each case's language instead of relying on detection.
import { loadSplit } from './corpus'
import { LEVELS, PII_KINDS, caseErrors, prf, scoreCases, type Counts, type Report } from './metrics'

const args = new Set(process.argv.slice(2))
const pct = (x: number) => (Number.isNaN(x) ? '   –  ' : `${(100 * x).toFixed(1).padStart(5)}%`)
const pad = (s: string | number, n: number) => String(s).padEnd(n)
const rpad = (s: string | number, n: number) => String(s).padStart(n)

function row(name: string, c: Counts): string {
  const m = prf(c)
  return `  ${pad(name, 22)} ${pct(m.p)}  ${pct(m.r)}  ${pct(m.f1)}  ${rpad(m.n, 5)}  ${rpad(c.fp, 4)}`
}

function print(split: string, r: Report): void {
  console.log(`\n=== ${split} (${r.n} cases) ${'='.repeat(40)}`)
  console.log(`\n  ${pad('crisis level', 22)} ${pad('prec', 7)} ${pad('recall', 7)} ${pad('F1', 7)} ${rpad('gold', 5)}  ${rpad('FP', 4)}`)
  for (const l of LEVELS) console.log(row(`${l} (exact)`, r.exact[l]!))
  for (const l of ['concern', 'high', 'imminent']) console.log(row(`${l}${l === 'imminent' ? '' : '+'} (≥)`, r.atLeast[l]!))
  console.log(`\n  ${pad('category', 22)} ${pad('prec', 7)} ${pad('recall', 7)} ${pad('F1', 7)} ${rpad('gold', 5)}  ${rpad('FP', 4)}`)
  console.log(row('crisis detected', r.atLeast.concern!))
  console.log(row('subject other', r.subjectOther))
  console.log(row('stigma', r.stigma))
  console.log(row('method detail', r.method))
  for (const k of PII_KINDS) console.log(row(`pii ${k}`, r.pii[k]!))
  console.log(row('pii any', r.pii.any!))
  const sa = r.subjectAgree
  console.log(`\n  subject accuracy (both flagged): ${pct(sa.n ? sa.ok / sa.n : NaN)} of ${sa.n}`)
  console.log(`\n  ${pad('lang', 5)} ${rpad('n', 4)} ${rpad('none', 5)} ${rpad('false alarms', 13)} ${rpad('FA rate', 8)} ${rpad('risk', 5)} ${rpad('recall', 8)} ${rpad('high+ rec', 10)} ${rpad('detect', 8)}`)
  const tot = { n: 0, none: 0, fa: 0, risk: 0, caught: 0, high: 0, hc: 0, det: 0 }
  for (const [lang, L] of Object.entries(r.byLang).sort()) {
    console.log(`  ${pad(lang, 5)} ${rpad(L.n, 4)} ${rpad(L.none, 5)} ${rpad(L.falseAlarm, 13)} ${rpad(pct(L.none ? L.falseAlarm / L.none : NaN), 8)} ${rpad(L.risk, 5)} ${rpad(pct(L.risk ? L.caught / L.risk : NaN), 8)} ${rpad(pct(L.high ? L.highCaught / L.high : NaN), 10)} ${rpad(pct(L.detected / L.n), 8)}`)
    tot.n += L.n; tot.none += L.none; tot.fa += L.falseAlarm; tot.risk += L.risk; tot.caught += L.caught; tot.high += L.high; tot.hc += L.highCaught; tot.det += L.detected
  }
  console.log(`  ${pad('all', 5)} ${rpad(tot.n, 4)} ${rpad(tot.none, 5)} ${rpad(tot.fa, 13)} ${rpad(pct(tot.fa / tot.none), 8)} ${rpad(tot.risk, 5)} ${rpad(pct(tot.caught / tot.risk), 8)} ${rpad(pct(tot.hc / tot.high), 10)} ${rpad(pct(tot.det / tot.n), 8)}`)
  console.log(`\n  confusion (rows = expected, columns = predicted)`)
  console.log(`  ${pad('', 10)}${LEVELS.map((l) => rpad(l, 10)).join('')}`)
  LEVELS.forEach((l, i) => console.log(`  ${pad(l, 10)}${r.confusion[i]!.map((v) => rpad(v, 10)).join('')}`))
}

let any = false
for (const split of ['tune', 'holdout'] as const) {
  const cases = loadSplit(split)
  if (!cases) { console.log(`\n(${split}.jsonl not found)`); continue }
  any = true
  const { report, scored } = scoreCases(cases, args.has('--lang-hint'))
  print(split + (args.has('--lang-hint') ? ' [lang hint]' : ''), report)
  const exact = scored.filter((x) => caseErrors(x).length === 0).length
  console.log(`\n  cases right on every field: ${exact}/${scored.length}`)
  if (split === 'tune' && args.has('--misses')) {
    for (const x of scored) {
      const errs = caseErrors(x)
      if (errs.length) console.log(`  MISS ${x.c.id}: ${errs.join('; ')}`)
    }
  }
}
if (!any) process.exitCode = 1
