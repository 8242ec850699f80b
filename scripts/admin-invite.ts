/**
 * Prints a one-time invitation link for a new moderator (or admin):
 *
 *   npm run admin:invite -- [--role moderator] [--base-url https://lantern.example] [--remote] [--persist-to <dir>]
 *
 * Only the token's hash is stored; the link is printed once and works for 72 hours.
 * Admins usually invite from the Moderators page instead.
 */
import { parseArgs } from 'node:util'
import { COMMAND_LINE, insertAudit } from '../db/queries/audit'
import { insertInvite } from '../db/queries/invites'
import { roleSchema } from '../worker/mod-auth/credentials'
import { inviteUrl, newInvite } from '../worker/mod-auth/invites'
import { executeD1, inlineSql, sqlBuilder, wranglerTarget } from './lib/d1-command'

const { values } = parseArgs({
  options: {
    role: { type: 'string', default: 'moderator' },
    'base-url': { type: 'string', default: 'http://localhost:8787' },
    remote: { type: 'boolean', default: false },
    'persist-to': { type: 'string' },
  },
})

const role = roleSchema.safeParse(values.role)
if (!role.success) {
  console.error(`--role: ${role.error.issues[0]?.message}`)
  process.exit(1)
}
const { token, row } = await newInvite(role.data, COMMAND_LINE)
executeD1(
  [inlineSql(insertInvite(sqlBuilder, row)), inlineSql(insertAudit(sqlBuilder, { at: new Date(), actor: null, action: 'invite.create', after: { role: role.data, expiresAt: row.expiresAt.toISOString() } }))],
  wranglerTarget({ remote: values.remote, persistTo: values['persist-to'] }),
)
console.log(`Invitation for a ${role.data} (valid until ${row.expiresAt.toISOString()}):\n${inviteUrl(values['base-url'].replace(/\/+$/, ''), token)}`)
