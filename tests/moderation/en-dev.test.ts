// English generalisation checks. The sentences below were written for this file (they are in no
// corpus split) to pin the broad constructions added after the dev.jsonl review: passive wishes,
// burden, "thoughts keep coming back", things taken a short while ago, a day picked, affairs put
// in order, looked-up heights/amounts, means saved, self-harm on purpose — plus hard negatives that
// share their words. The last block asserts the aggregate English dev.jsonl figures (never the
// holdout split) so a regression in recall or false alarms fails.
import { readFileSync, existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { levelRank, screen } from '../../moderation/index'

const level = (t: string) => screen(t, { lang: 'en' }).crisis.level

describe('English broad patterns: new positives', () => {
  it.each([
    ['honestly i could just commit suicide and nobody would blink', 'high'],
    ['the idea of killing myself keeps creeping into my head at work', 'high'],
    ['the thoughts about dying keep coming back into my head every night', 'high'],
    ['My family would honestly be better off if I wasn\'t here', 'concern'],
    ['My husband and kids would probably be better off with someone else, someone who isn\'t broken', 'concern'],
    ['I feel like I\'ve outlived my purpose here', 'concern'],
    ['most nights i pray god takes me in my sleep', 'high'],
    ['if i died tomorrow honestly i think i\'d be relieved', 'concern'],
    ['there\'s no future where this gets any better, I\'ve checked every angle', 'concern'],
    ['swallowed the entire bottle maybe ten minutes ago and my hands are shaking', 'imminent'],
    ['i already took them all, sorry', 'imminent'],
    ['ive chosen the day. next tuesday when mum is at work', 'imminent'],
    ['im not safe, ive got 4 packets of pills saved up and its tonight', 'imminent'],
    ['can u please look after my cat, i wont be needing her much longer. already wrote letters to my mum', 'imminent'],
    ['I won\'t be around for much longer so it doesn\'t matter', 'high'],
    ['I burnt myself on purpose again tonight', 'high'],
    ['my sister has burns up her arms and won\'t say how', 'high'],
    ['I looked up how many tablets it would take, then deleted my history', 'high'],
    ['I stayed up looking at how high the bridge near my house is', 'high'],
    ['5 packets of tablets hidden away in my sock drawer', 'high'],
    ['there\'s no reason for me to stay anymore', 'concern'],
    ['i want it all to just stop', 'high'],
    ['i tried before and i\'m thinking about trying again', 'high'],
    ['attempted last year and the thoughts are back', 'high'],
    ['i feel like such a weight on everyone', 'concern'],
    ['i keep imagining not waking up', 'concern'],
    ['ive been researching ways to do it', 'high'],
    ['sitting in the bath with a razor', 'high'],
    ['relapsed and cut last night', 'high'],
    ['gave my guitar away, won\'t need it where im going. thank you for everything', 'high'],
  ])('%s → %s', (text, want) => {
    expect(levelRank(level(text))).toBeGreaterThanOrEqual(levelRank(want as 'none'))
  })
})

describe('English broad patterns: hard negatives stay quiet', () => {
  it.each([
    'I\'ve picked the date for our wedding!',
    'took the whole box of chocolates about ten minutes ago lol',
    'i already took them to the vet this morning',
    'everything is sorted for friday\'s party, can\'t wait',
    'I\'ve decided it\'s Sunday roast at mine this week',
    'skipping breakfast on purpose because I\'m never hungry in the morning',
    'I updated my will after the baby was born, everyone should',
    'tonight is the night! first gig in years',
    'I won\'t need the car for much longer once I move to the city',
    'Just got 2 boxes of paracetamol for the flu season',
    'I think about going back to uni next year',
    'my notes are on my desk if you need them for the exam',
    'Is the helpline only for suicidal people?',
    'no reason to stay home tonight, lets go out',
    'I tried the recipe before and I\'m thinking about trying again with less salt',
    'failed my driving test, thinking about trying again next month',
    'researching ways to do it cheaper',
    'in the shower with a razor to shave my legs',
    'I relapsed and cut my hair short lol',
    'gave in to the urge to eat cake',
    'I want to not feel anxious before exams ever again',
  ])('%s → none', (text) => {
    expect(level(text)).toBe('none')
  })
})

const devPath = resolve(__dirname, '../fixtures/moderation/dev.jsonl')
describe.skipIf(!existsSync(devPath))('English dev.jsonl aggregate figures', () => {
  it('keeps concern+ recall, high+ recall and false alarms at the reviewed level', () => {
    const cases = readFileSync(devPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
      .filter((c: { lang?: string }) => c.lang === 'en') as Array<{ text: string; country?: string; expect: { crisis: string } }>
    let pos = 0, posHit = 0, hi = 0, hiHit = 0, neg = 0, fa = 0
    for (const c of cases) {
      const got = levelRank(screen(c.text, c.country ? { country: c.country } : {}).crisis.level)
      const want = levelRank(c.expect.crisis as 'none')
      if (want >= 1) { pos++; if (got >= 1) posHit++ } else { neg++; if (got >= 1) fa++ }
      if (want >= 2) { hi++; if (got >= 2) hiHit++ }
    }
    expect(cases.length).toBeGreaterThan(200)
    // Measured 2026-11-23: concern+ 91.9 % (102/111), high+ 92.1 % (82/89), false alarms 2.9 % (4/138).
    expect(posHit / pos).toBeGreaterThanOrEqual(0.90)
    expect(hiHit / hi).toBeGreaterThanOrEqual(0.90)
    expect(fa / neg).toBeLessThanOrEqual(0.04)
  }, 60_000)
})
