import type { MessageKey } from '../i18n'

/** The labels ResourceList needs, from the page's catalogue. */
export const resourceText = (t: (key: MessageKey) => string) => ({
  emergency: t('resources.emergency'),
  call: t('resources.call'),
  text: t('resources.text'),
  chat: t('resources.chat'),
  web: t('resources.web'),
  hours: t('resources.hours'),
  not24: t('resources.not24'),
})
