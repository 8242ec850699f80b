// Loads the labelled corpus (tests/fixtures/moderation/*.jsonl). Node only.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { CrisisLevel, PiiKind, Subject } from '../types'

export interface Case {
  id: string
  lang: string
  category: string
  text: string
  country?: string
  expect: { crisis: CrisisLevel; subject: Subject; stigma: boolean; method_detail: boolean; pii: PiiKind[] }
}

// npm scripts and vitest run from the package root.
export const FIXTURES = resolve(process.cwd(), 'tests/fixtures/moderation')

export function loadSplit(name: 'tune' | 'holdout' | 'dev'): Case[] | null {
  const file = resolve(FIXTURES, `${name}.jsonl`)
  if (!existsSync(file)) return null
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Case)
}
