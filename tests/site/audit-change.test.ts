// What the audit log says changed: a night volunteer reads these lines to see what another did.
import { describe, expect, it } from 'vitest'
import { describeChange } from '../../site/src/lib/audit-change'

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
})
