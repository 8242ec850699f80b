import type { MessageKey } from '../i18n'
import { modEn } from '../i18n/mod-en'

/**
 * The messages under a prefix, for an island's `text` prop, keyed without the prefix:
 * `textFor(t, 'mod.desk.')` gives `{ approve: '…', … }`; `textFor(t, 'mod.', ['level.', 'item.'])`
 * gives `{ 'level.high': '…', 'item.story': '…', … }` and nothing else, to keep props small.
 */
export function textFor(t: (key: MessageKey) => string, prefix: string, only?: string[]): Record<string, string> {
  return Object.fromEntries(
    Object.keys(modEn)
      .filter((key) => key.startsWith(prefix))
      .map((key) => [key.slice(prefix.length), key] as const)
      .filter(([short]) => !only || only.some((group) => short.startsWith(group)))
      .map(([short, key]) => [short, t(key as MessageKey)]),
  )
}
