// Bump whenever a lexicon entry or a context rule changes, so stored posts can be re-judged.
// Format: year.month.revision.
export const SCREEN_VERSION = '2026.11.50'
