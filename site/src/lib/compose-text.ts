import { en, type MessageKey } from '../i18n/en'

/** Every compose.* message, keyed without the prefix: the composer's and the support panel's words. */
export const composeText = (t: (key: MessageKey) => string): Record<string, string> =>
  Object.fromEntries((Object.keys(en) as MessageKey[]).filter((k) => k.startsWith('compose.')).map((k) => [k.slice('compose.'.length), t(k)]))

/** The words of the author-key form and copy button (components/AuthorKeyForm, AuthorKeyCopy), on /me and in the embed. */
export const authorKeyText = (t: (key: MessageKey) => string) => ({
  use: t('mine.useKeySubmit'), bad: t('mine.badKey'), confirmReplace: t('mine.confirmReplaceKey'), copy: t('mine.copy'), copied: t('mine.copied'),
})
export type AuthorKeyText = ReturnType<typeof authorKeyText>
