import * as z from 'zod/mini'
import type { $ZodType } from 'zod/v4/core'
import { ERRORS, type ErrorCode } from '../errors'
import { HEADERS, OPERATIONS, type Operation } from './operations'
import { errorBody } from './responses'

type JsonSchema = Record<string, unknown>

/** JSON Schema (2020-12, as OpenAPI 3.1 uses) of what a client sends or receives. */
export function jsonSchema(schema: $ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema
  return rest
}

/** `/api/stories/:id` to `/api/stories/{id}`. */
export const openApiPath = (honoPath: string) => honoPath.replace(/:([A-Za-z]+)/g, '{$1}')

function parameters(op: Operation) {
  const fromObject = (where: 'path' | 'query', object: z.ZodMiniObject | undefined) =>
    Object.entries(object?.shape ?? {}).map(([name, field]) => {
      const schema = jsonSchema(field as z.ZodMiniType, 'input')
      const { description, ...rest } = schema
      return { name, in: where, required: where === 'path' || !(field as z.ZodMiniType).safeParse(undefined).success, schema: rest, ...(description ? { description } : {}) }
    })
  const headers = (op.headers ?? []).map((use) => ({ name: HEADERS[use.header].name, in: 'header', required: use.required ?? false, description: HEADERS[use.header].description, schema: { type: 'string' } }))
  return [...fromObject('path', op.params), ...fromObject('query', op.query), ...headers]
}

/** Paths behind the abuse limits (worker/api/index.ts). */
const LIMITED = /^\/api\/(?:stories|replies|reports|me\/appeals|mod\/session)/

/** Errors any operation may meet: the database busy (503), and the abuse limits on writes. */
const commonErrors = (op: Operation): ErrorCode[] =>
  [...(op.method !== 'get' && LIMITED.test(op.path) ? (['rate_limited'] as const) : []), 'unavailable']

function responses(op: Operation) {
  const out: Record<string, unknown> = {
    [op.ok.status]: { description: op.ok.description, content: { 'application/json': { schema: jsonSchema(op.ok.schema, 'output') } } },
  }
  const byStatus = new Map<number, ErrorCode[]>()
  for (const code of [...op.errors, ...commonErrors(op)]) byStatus.set(ERRORS[code], [...(byStatus.get(ERRORS[code]) ?? []), code])
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    out[status] = { description: `Error codes: ${codes.join(', ')}.`, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }
  }
  return out
}

function operation(op: Operation) {
  const params = parameters(op)
  return {
    operationId: `${op.method}${openApiPath(op.path).replace(/^\/api/, '').replace(/[{}]/g, '').replace(/[/.-]+(\w)/g, (_, c: string) => c.toUpperCase())}`,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description + (op.cors ? ' Browsers on partner origins may call it (CORS).' : '') } : op.cors ? { description: 'Browsers on partner origins may call it (CORS).' } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body, 'input') } } } } : {}),
    ...(op.partnerKey ? { security: [{ partnerKey: [] }] } : {}),
    responses: responses(op),
  }
}

/**
 * The OpenAPI 3.1 document of the whole API, built from the route table and the zod schemas
 * the validators use, so there is one source of truth. It is generated at build time
 * (`npm run openapi` writes site/public/api/openapi.json) so the Worker serves a static asset
 * instead of carrying the schema converter and the document; a test fails if the file is out
 * of date.
 */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const op of OPERATIONS) (paths[openApiPath(op.path)] ??= {})[op.method] = operation(op)
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lantern API',
      version: '1',
      description:
        'The public JSON API of an anonymous peer-support forum. Every error answers with the same envelope ({ "error": { "code", "message" } }). Writes return an author key the first time; send it back as X-Author-Key. Partner endpoints need your partner API key as a Bearer token and must be called from your server, never from a browser.',
    },
    servers: [{ url: '/' }],
    tags: [...new Set(OPERATIONS.map((op) => op.tag))].map((name) => ({ name })),
    components: {
      securitySchemes: { partnerKey: { type: 'http', scheme: 'bearer', description: 'Your partner API key (pk_…), issued once by `npm run partner:create` or an admin.' } },
      schemas: { Error: jsonSchema(errorBody, 'output') },
    },
    paths,
  }
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>
