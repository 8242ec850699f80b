import * as z from 'zod/mini'
import { PASSWORD_MIN_LENGTH } from './password'

/**
 * What a moderator handle and password may be. Shared by the API and the admin CLI.
 * Handles are lowercase so "Alice" and "alice" cannot be two people.
 */
export const handleSchema = z
  .string({ error: 'Choose a handle.' })
  .check(z.trim(), z.toLowerCase(), z.regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, 'A handle is 2 to 32 letters, digits, dots, dashes or underscores.'))

export const passwordSchema = z
  .string({ error: 'Choose a password.' })
  .check(
    z.minLength(PASSWORD_MIN_LENGTH, `A password needs at least ${PASSWORD_MIN_LENGTH} characters; a few words make a good one.`),
    z.maxLength(200, 'A password can be at most 200 characters.'),
  )

export const ROLES = ['moderator', 'admin'] as const
export const roleSchema = z.enum(ROLES, { error: 'role is moderator or admin.' })
