import { COMMAND_LINE } from '../../../db/queries/audit'
import type { MessageKey } from '../i18n'
import type { Words } from './audit-change'

type Translate = (key: MessageKey) => string

/**
 * A stored code in the volunteer's language: `codeWord(t, 'postStatus', 'held')` is "held" in
 * English and "retenida" in Spanish. A code with no words yet is shown as it is, never blank.
 */
export const codeWord = (t: Translate, group: string, code: string): string => t(`mod.${group}.${code}` as MessageKey) ?? code

// Audit fields whose values are codes with words of their own (mod.<field>.<code>; mod.role.* are the
// nav's, mod.reason.* the removal form's: the author's reason reads in the log as it did there).
const CODED = new Set(['postStatus', 'queueStatus', 'resolution', 'messageKind', 'role', 'reason'])

// Audit fields that hold a moment (ISO 8601), shown the way the log shows when things happened.
const MOMENTS = new Set(['claimExpiresAt', 'expiresAt'])

/** How the audit log names fields and values (audit-change.ts) in the volunteer's language;
 * `when` writes a moment as the log's own column does. */
export const auditWords = (t: Translate, when: (iso: string) => string = (iso) => iso): Words => ({
  field: (key) => codeWord(t, 'field', key),
  value: (key, v) =>
    typeof v === 'boolean' ? codeWord(t, 'value', String(v))
    : v === COMMAND_LINE ? t('mod.value.commandLine')
    : typeof v === 'string' && MOMENTS.has(key) && !Number.isNaN(Date.parse(v)) ? when(v)
    : typeof v === 'string' && CODED.has(key) ? codeWord(t, key, v)
    : undefined,
})
