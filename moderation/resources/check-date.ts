// Every entry was compared with the compiled reference (/work/shared/reference/helplines.md)
// on this date. It is not the date anyone dialled the service: see README.md.
export const CHECKED_AGAINST_REFERENCE = '2026-11-23'

// Shared wording so every V* entry carries the same warning.
export const RECHECK_HOURS =
  'Hours/cost come from an older or secondary source (reference status V*); re-check with the service.'
