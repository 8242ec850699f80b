// The labelled corpus. tune.jsonl: every case asserted individually (except listed known
// misses). holdout.jsonl: only aggregate thresholds, never individual cases, so the figures say
// how the screen does on writing it was not fitted to.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadSplit } from '../../moderation/cli/corpus'
import { caseErrors, scoreCases } from '../../moderation/cli/metrics'

const known = JSON.parse(readFileSync(resolve(__dirname, 'known-misses.json'), 'utf8')) as { tune: Array<{ id: string; reason: string }> }
const knownIds = new Set(known.tune.map((k) => k.id))

const tune = loadSplit('tune')

it('gives every case an id of its own, across tune, holdout and dev', () => {
  const ids = [...(tune ?? []), ...(loadSplit('holdout') ?? []), ...(loadSplit('dev') ?? [])].map((c) => c.id)
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
})

describe.skipIf(!tune)('tune.jsonl, case by case', () => {
  const { scored } = scoreCases(tune ?? [])
  it.each(scored.map((x) => [x.c.id, x] as const))('%s', (id, x) => {
    const errs = caseErrors(x)
    if (knownIds.has(id)) expect(errs, `${id} is listed as a known miss but now passes: remove it`).not.toEqual([])
    else expect(errs).toEqual([])
  })
  it('every known miss has a reason and exists', () => {
    const ids = new Set(scored.map((x) => x.c.id))
    for (const k of known.tune) {
      expect(k.reason.length, k.id).toBeGreaterThan(10)
      expect(ids.has(k.id), k.id).toBe(true)
    }
  })
})

// Targets from the brief; the floors below guard against regression at today's measured
// level. Set MODERATION_TARGETS=1 to enforce the targets themselves.
const TARGETS = { highRecall: 0.85, falseAlarm: 0.1, subjectAccuracy: 0.8 }
const FLOORS = { highRecall: 0.6, concernRecall: 0.65, falseAlarm: 0.1, subjectAccuracy: 0.8 }
const enforceTargets = !!process.env.MODERATION_TARGETS

const holdout = loadSplit('holdout')
describe.skipIf(!holdout)('holdout.jsonl, aggregates only', () => {
  const { report } = scoreCases(holdout ?? [])
  const recall = (c: { tp: number; fn: number }) => c.tp / Math.max(1, c.tp + c.fn)
  it(`high+imminent recall ≥ ${FLOORS.highRecall} (target ${TARGETS.highRecall})`, () => {
    expect(recall(report.atLeast.high!)).toBeGreaterThanOrEqual(enforceTargets ? TARGETS.highRecall : FLOORS.highRecall)
  })
  it(`crisis detection recall ≥ ${FLOORS.concernRecall}`, () => {
    expect(recall(report.atLeast.concern!)).toBeGreaterThanOrEqual(FLOORS.concernRecall)
  })
  it(`false-alarm rate ≤ ${FLOORS.falseAlarm} overall and per language`, () => {
    let fa = 0
    let none = 0
    for (const [lang, L] of Object.entries(report.byLang)) {
      fa += L.falseAlarm
      none += L.none
      expect(L.falseAlarm / Math.max(1, L.none), lang).toBeLessThanOrEqual(FLOORS.falseAlarm)
    }
    expect(fa / Math.max(1, none)).toBeLessThanOrEqual(FLOORS.falseAlarm)
  })
  it(`subject accuracy ≥ ${FLOORS.subjectAccuracy} where both flag risk`, () => {
    const { ok, n } = report.subjectAgree
    expect(ok / Math.max(1, n)).toBeGreaterThanOrEqual(FLOORS.subjectAccuracy)
  })
})
