// What the audit log says changed: a night volunteer reads these lines to see what another did.
import { describe, expect, it } from 'vitest'
import { describeChange } from '../../site/src/lib/audit-change'
import { auditWords, codeWord } from '../../site/src/lib/mod-words'
import { modEn } from '../../site/src/i18n/mod-en'
import { modEs } from '../../site/src/i18n/mod-es'
import type { MessageKey } from '../../site/src/i18n'
import { AUDIT_ACTIONS, COMMAND_LINE } from '../../db/queries/audit'
import { POST_STATUSES } from '../../db/schema'
import { RESOLUTIONS } from '../../worker/triage/actions'
import { REMOVAL_REASONS } from '../../worker/triage/author-notices'

describe('audit log lines', () => {
  it('shows what changed, and what only exists after', () => {
    expect(describeChange({ postStatus: 'held', queueStatus: 'open' }, { postStatus: 'published', queueStatus: 'done' }))
      .toEqual(['postStatus: held → published', 'queueStatus: open → done'])
    expect(describeChange(null, { note: 'called back' })).toEqual(['note: called back'])
  })
  it('does not read a field the after-state leaves out as cleared', () => {
    // An approval records the post and queue, not `escalated`; a note records nothing.
    expect(describeChange({ postStatus: 'held', queueStatus: 'open', escalated: false }, { postStatus: 'published', queueStatus: 'closed' }))
      .toEqual(['postStatus: held → published', 'queueStatus: open → closed'])
    expect(describeChange({ postStatus: 'held', queueStatus: 'open', escalated: false }, null)).toEqual([])
  })
  it("speaks the volunteer's language, not the database's codes", () => {
    const es = (key: MessageKey) => (modEs as Record<string, string>)[key]!
    expect(describeChange({ postStatus: 'held', queueStatus: 'open' }, { postStatus: 'published', queueStatus: 'closed', resolution: 'false_alarm', falseAlarm: true }, auditWords(es)))
      .toEqual(['publicación: retenida → publicada', 'elemento: abierto → resuelto', 'resultado: falsa alarma', 'falsa alarma: sí'])
    expect(describeChange(null, { messageKind: 'checkin', country: 'ES' }, auditWords(es))).toEqual(['mensaje: un mensaje a la persona', 'país: ES'])
    // A removal's reason reads as the removal form offered it.
    expect(describeChange(null, { reason: 'personal-info' }, auditWords(es))).toEqual([`motivo: ${modEs['mod.reason.personal-info']}`])
    expect(describeChange(null, { handle: 'night-owl', role: 'admin' }, auditWords(es))).toEqual(['persona voluntaria: night-owl', `rol: ${modEs['mod.role.admin']}`])
    // Accounts made and invitations sent by the operator's scripts (npm run admin:create, admin:invite).
    expect(describeChange(null, { handle: 'night-owl', by: COMMAND_LINE }, auditWords(es))).toEqual(['persona voluntaria: night-owl', 'por: la línea de comandos'])
    expect(describeChange(null, { role: 'moderator', invitedBy: COMMAND_LINE }, auditWords(es))[1]).toBe('invitada por: la línea de comandos')
    // A claim's end reads as the log's times do, not as ISO 8601.
    const when = (iso: string) => new Date(iso).toLocaleString('es', { timeStyle: 'short', timeZone: 'UTC' })
    expect(describeChange(null, { claimedBy: 'night-owl', claimExpiresAt: '2026-11-24T13:16:42.124Z' }, auditWords(es, when))).toEqual(['con: night-owl', 'hasta: 13:16'])
    expect(codeWord(es, 'action', 'keep-hidden')).toBe('Se mantiene oculta')
    // A code without words yet is shown as it is rather than as an empty cell.
    expect(codeWord(es, 'action', 'partner.rotate')).toBe('partner.rotate')
  })
  it('has words for every audit action, post state and outcome the forum records, in both languages', () => {
    const codes = { action: AUDIT_ACTIONS, postStatus: POST_STATUSES, resolution: RESOLUTIONS, reason: REMOVAL_REASONS }
    for (const catalogue of [modEn, modEs] as Record<string, string>[]) {
      for (const [group, list] of Object.entries(codes)) for (const code of list) expect(catalogue[`mod.${group}.${code}`], `mod.${group}.${code}`).toBeTruthy()
    }
  })
})
