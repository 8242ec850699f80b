import { en, type MessageKey } from '../i18n/en'

/** Every compose.* message, keyed without the prefix: the composer's and the support panel's words. */
export const composeText = (t: (key: MessageKey) => string): Record<string, string> =>
  Object.fromEntries((Object.keys(en) as MessageKey[]).filter((k) => k.startsWith('compose.')).map((k) => [k.slice('compose.'.length), t(k)]))
