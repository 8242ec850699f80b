/**
 * Creates a moderator account (an admin by default) from the command line: the first
 * admin has no one to invite them.
 *
 *   npm run admin:create -- --handle alice [--password '…'] [--role moderator] [--remote] [--persist-to <dir>]
 *
 * Without --password a strong one is generated and printed once. The row is built by the
 * Worker's own code (same PBKDF2 hashing, same insert) and written with `wrangler d1 execute`.
 */
import { parseArgs } from 'node:util'
import { COMMAND_LINE, insertAudit } from '../db/queries/audit'
import { insertModerator } from '../db/queries/moderators'
import { moderatorRow } from '../worker/mod-auth/accounts'
import { handleSchema, passwordSchema, roleSchema } from '../worker/mod-auth/credentials'
import { generatePassword } from '../worker/mod-auth/password'
import { executeD1, inlineSql, sqlBuilder, wranglerTarget } from './lib/d1-command'

const { values } = parseArgs({
  options: {
    handle: { type: 'string' },
    password: { type: 'string' },
    role: { type: 'string', default: 'admin' },
    remote: { type: 'boolean', default: false },
    'persist-to': { type: 'string' },
  },
})

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

const handle = handleSchema.safeParse(values.handle)
if (!handle.success) fail(`--handle: ${handle.error.issues[0]?.message}`)
const role = roleSchema.safeParse(values.role)
if (!role.success) fail(`--role: ${role.error.issues[0]?.message}`)
const generated = values.password === undefined
const password = passwordSchema.safeParse(values.password ?? generatePassword())
if (!password.success) fail(`--password: ${password.error.issues[0]?.message}`)

const row = await moderatorRow({ handle: handle.data, password: password.data, role: role.data })
const statements = [
  inlineSql(insertModerator(sqlBuilder, row)),
  inlineSql(insertAudit(sqlBuilder, { at: new Date(), actor: null, action: 'moderator.create', after: { handle: handle.data, role: role.data, by: COMMAND_LINE } })),
]
try {
  executeD1(statements, wranglerTarget({ remote: values.remote, persistTo: values['persist-to'] }))
} catch {
  fail(`Could not create "${handle.data}". If the handle is taken, choose another; otherwise check that the migrations were applied (npm run db:migrate).`)
}
console.log(`Created ${role.data} "${handle.data}".`)
if (generated) console.log(`Password (shown once, keep it somewhere safe): ${password.data}`)
