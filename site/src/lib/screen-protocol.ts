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
  stigma: (Span & { term: string; suggestion: string; guide: string })[]
  pii: (Span & { kind: string })[]
  resources: Resources
  friend: { title: string; steps: string[] } | null
}

/** Replaces one span of a field's text, e.g. a stigmatising phrase with the suggestion. */
export const replaceSpan = (text: string, span: { start: number; end: number }, replacement: string) =>
  text.slice(0, span.start) + replacement + text.slice(span.end)
