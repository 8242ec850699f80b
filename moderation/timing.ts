// Which crisis signals a time word can turn imminent ("I'm going to end it. Tonight."), and how
// many sentences away the time word may stand. crisis.ts judges with these; bank.ts runs the
// time words only where they could count.
import type { Signal } from './lexicons/types'

export const TIMED: ReadonlySet<Signal> = new Set<Signal>(['intent', 'goodbye', 'vague', 'plan', 'means', 'attempt'])
export const TIME_REACH = 2

/** Marks in `near` the sentences a time word may stand in to escalate signal `sig` found in
 * sentence `s` (none when `sig` is not one it escalates). */
export function markReach(near: Uint8Array, sig: Signal | undefined, s: number): void {
  if (!sig || !TIMED.has(sig)) return
  for (let k = Math.max(0, s - TIME_REACH); k <= Math.min(near.length - 1, s + TIME_REACH); k++) near[k] = 1
}
