import type { MessageKey } from '../i18n'

/** The labels the report dialog needs, from the page's catalogue. */
export const reportText = (t: (key: MessageKey) => string) => ({
  title: t('report.title'),
  intro: t('report.intro'),
  details: t('report.details'),
  submit: t('report.submit'),
  cancel: t('report.cancel'),
  close: t('report.cancel'),
  thanks: t('report.thanks'),
  already: t('report.already'),
  worriedHelp: t('report.worriedHelp'),
  help: t('help.now'),
  offline: t('compose.offline'),
  'reason.worried': t('report.reason.worried'),
  'reason.harmful': t('report.reason.harmful'),
  'reason.harassment': t('report.reason.harassment'),
  'reason.spam': t('report.reason.spam'),
  'reason.personal-info': t('report.reason.personal-info'),
})
