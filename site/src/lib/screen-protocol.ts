import type { Resources } from '../../../moderation/resources'

/** Messages between the composer and its screening worker (screen-worker.ts). */
export type ScreenRequest = { id: number; title: string; body: string; country: string | null; locale: string; policy?: unknown }

export type Span = { field: 'title' | 'body'; start: number; end: number }

export type ScreenResponse = {
  id: number
  level: 'none' | 'concern' | 'high' | 'imminent'
  subject: 'self' | 'other' | 'none'
  decision: { status: 'published' | 'held'; notice: string | null; showResources: boolean; emergencyFirst: boolean }
  message: string | null
  held: { intro: string; reasons: string[]; outro: string } | null
  /** `dropIn`: the suggestion can replace the term as it stands; otherwise it is advice. */
  stigma: (Span & { term: string; suggestion: string; dropIn: boolean; guide: string })[]
  pii: (Span & { kind: string; term: string })[]
  resources: Resources
  friend: { title: string; steps: string[] } | null
}

/** Replaces one span of a field's text, e.g. a stigmatising phrase with the suggestion. */
export const replaceSpan = (text: string, span: { start: number; end: number }, replacement: string) =>
  text.slice(0, span.start) + replacement + text.slice(span.end)

/**
 * Where a finding's words are in the field now. Its offsets are those of the text screened,
 * which the writer may have changed since (typed, or took another suggestion, before the next
 * screening came back): the occurrence of its words nearest to them, or null when they are
 * gone. Replacing at stale offsets would cut into the writer's other words.
 */
export function locate(text: string, span: { start: number; term: string }): { start: number; end: number } | null {
  if (!span.term) return null
  let best = -1
  for (let i = text.indexOf(span.term); i >= 0; i = text.indexOf(span.term, i + 1)) {
    if (best < 0 || Math.abs(i - span.start) < Math.abs(best - span.start)) best = i
  }
  return best < 0 ? null : { start: best, end: best + span.term.length }
}
