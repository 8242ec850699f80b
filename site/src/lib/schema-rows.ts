/**
 * JSON Schema (as the OpenAPI document holds it) flattened into table rows for the docs
 * page: one row per field, nested objects as `parent.child`, arrays of objects as `list[].field`.
 */
export type SchemaRow = { name: string; type: string; required: boolean; notes: string }
type Schema = {
  type?: string | string[]
  properties?: Record<string, Schema>
  required?: string[]
  items?: Schema
  enum?: unknown[]
  const?: unknown
  anyOf?: Schema[]
  description?: string
  default?: unknown
  minimum?: number
  maximum?: number
  minLength?: number
  maxLength?: number
  maxItems?: number
  pattern?: string
}

function typeOf(schema: Schema): string {
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' or ')
  if (schema.const !== undefined) return JSON.stringify(schema.const)
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ')
  if (schema.type === 'array') return `array of ${schema.items ? typeOf(schema.items) : 'values'}`
  return Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'any')
}

function notesOf(schema: Schema): string {
  const limits = [
    schema.minLength !== undefined && `at least ${schema.minLength} character${schema.minLength === 1 ? '' : 's'}`,
    schema.maxLength !== undefined && `at most ${schema.maxLength.toLocaleString('en')} characters`,
    schema.minimum !== undefined && `≥ ${schema.minimum}`,
    schema.maximum !== undefined && `≤ ${schema.maximum}`,
    schema.maxItems !== undefined && `at most ${schema.maxItems} items`,
    schema.pattern && `matches ${schema.pattern}`,
    schema.default !== undefined && `default ${JSON.stringify(schema.default)}`,
  ].filter(Boolean)
  return [schema.description, limits.join(', ')].filter(Boolean).join(' — ')
}

export function schemaRows(schema: Schema, prefix = '', depth = 0): SchemaRow[] {
  const nullable = schema.anyOf?.find((s) => s.type !== 'null')
  const target = nullable && schema.anyOf?.length === 2 ? nullable : schema
  const objectLike = target.properties ? target : target.type === 'array' && target.items?.properties ? target.items : null
  if (!objectLike?.properties || depth > 3) return []
  const base = target === objectLike ? prefix : `${prefix}[]`
  return Object.entries(objectLike.properties).flatMap(([name, field]) => {
    const full = base ? `${base}.${name}` : name
    const row = { name: full, type: typeOf(field), required: objectLike.required?.includes(name) ?? false, notes: notesOf(field) }
    return [row, ...schemaRows(field, full, depth + 1)]
  })
}
