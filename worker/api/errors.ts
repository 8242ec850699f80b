import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/**
 * Every error code the API can answer with, in one place, with its HTTP status.
 * Clients (and the site's message catalogue) key on `code`; `message` is for people.
 */
export const ERRORS = {
  invalid_json: 400,
  invalid_input: 400,
  missing_author_key: 401,
  invalid_author_key: 401,
  missing_api_key: 401,
  invalid_api_key: 401,
  forbidden: 403,
  challenge_failed: 403,
  not_found: 404,
  space_not_found: 404,
  story_not_found: 404,
  reply_not_found: 404,
  story_gone: 410,
  idempotency_conflict: 422,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
  // Volunteer moderators (worker/api/routes/mod).
  not_signed_in: 401,
  sign_in_failed: 401,
  account_disabled: 403,
  csrf_invalid: 403,
  admin_only: 403,
  invite_invalid: 410,
  handle_taken: 409,
  moderator_not_found: 404,
  cannot_disable_self: 409,
  item_not_found: 404,
  item_claimed: 409,
  item_closed: 409,
  claim_required: 409,
  already_escalated: 409,
  post_changed: 409,
  // Reader reports (worker/api/routes/reports.ts).
  post_not_found: 404,
  already_reported: 409,
} as const satisfies Record<string, ContentfulStatusCode>

export type ErrorCode = keyof typeof ERRORS

/** The one error envelope of the API: `{ "error": { "code", "message", "details"? } }`. */
export type ErrorBody = { error: { code: ErrorCode; message: string; details?: unknown } }

/** An error the API answers with on purpose; anything else becomes `internal`. */
export class ApiError extends HTTPException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(ERRORS[code], { message })
  }

  body(): ErrorBody {
    const error: ErrorBody['error'] = { code: this.code, message: this.message }
    if (this.details !== undefined) error.details = this.details
    return { error }
  }
}
