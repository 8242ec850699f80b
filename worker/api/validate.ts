import { zValidator } from '@hono/zod-validator'
import type { ValidationTargets } from 'hono'
import type { ZodMiniType } from 'zod/mini'
import { ApiError } from './errors'

/**
 * `zValidator` with the API's error envelope: a failed check answers 400 `invalid_input`
 * (or `invalid_json` when the body is not JSON) with one readable message per field.
 *
 * @example app.post('/', validate('json', newStory), (c) => c.json(c.req.valid('json')))
 */
export const validate = <T extends ZodMiniType, Target extends keyof ValidationTargets>(target: Target, schema: T) =>
  zValidator(target, schema, (result) => {
    if (result.success) return
    const issues = result.error.issues.map((i) => ({ field: i.path.join('.') || target, message: i.message }))
    const summary = issues.map((i) => (i.field === target ? i.message : `${i.field}: ${i.message}`)).join('; ')
    throw new ApiError('invalid_input', summary, issues)
  })
