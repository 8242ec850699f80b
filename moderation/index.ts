// Public entry point of the moderation library (Worker, browser composer and Node alike).
export { screen } from './screen'
export { levelRank } from './crisis'
export { SCREEN_VERSION } from './version'
export { SUPPORTED_LANGS } from './detect'
export type {
  CrisisLevel, CrisisResult, Finding, Lang, PiiFinding, PiiKind, ScreenOptions, Screening,
  StigmaFinding, Subject,
} from './types'
// Crisis helplines are maintained by the resources module (moderation/resources/).
export { resourcesFor } from './resources/index'
