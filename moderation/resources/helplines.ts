import { CHECKED_AGAINST_REFERENCE } from './check-date'
import { HELPLINES_AFRICA_MIDDLE_EAST } from './helplines-africa-middle-east'
import { HELPLINES_AMERICAS } from './helplines-americas'
import { HELPLINES_ASIA_PACIFIC } from './helplines-asia-pacific'
import { HELPLINES_EUROPE } from './helplines-europe'
import type { HelplineRecord } from './types'

// Every row of the reference, including UNVERIFIED ones (verified: false). Internal:
// only resourcesFor() decides what reaches users, and it drops unverified rows.
export const ALL_HELPLINES: readonly HelplineRecord[] = [
  ...HELPLINES_AMERICAS,
  ...HELPLINES_EUROPE,
  ...HELPLINES_ASIA_PACIFIC,
  ...HELPLINES_AFRICA_MIDDLE_EAST,
].map((r) => ({ ...r, audience: r.audience ?? 'general', verified: r.status !== 'UNVERIFIED', lastChecked: CHECKED_AGAINST_REFERENCE }))
