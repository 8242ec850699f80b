import type { QueueReason } from '../../../db/schema'

/** One colour per level, the same on every chart, readable on light and dark backgrounds. */
export const LEVEL_COLOURS: Record<QueueReason, string> = {
  imminent: '#7a1f1f',
  high: '#b04a1a',
  method: '#8a5a12',
  harassment: '#8c3a5a',
  report: '#c98a2b',
  concern: '#4f7a6b',
  stigma: '#6b6f9a',
  pii: '#5b7fa6',
  review: '#6f6a62',
}

/** A "nice" axis maximum (1, 2, 5 × 10^n) at or above the largest value. */
export function niceMax(value: number): number {
  if (value <= 0) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  return [1, 2, 5, 10].map((m) => m * power).find((m) => m >= value)!
}

export const percent = (rate: number) => `${Math.round(rate * 100)}%`
