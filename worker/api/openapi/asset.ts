/**
 * The generated OpenAPI document is a static asset (site/public/api/openapi.json, written by
 * `npm run openapi`), not part of the Worker bundle: 60 KB of JSON the Worker would otherwise
 * carry on every cold start, read only by the API reference and by integrators.
 */
const OPENAPI_ASSET = '/api/openapi.json'

export type OpenApiDocument = {
  tags: { name: string }[]
  paths: Record<string, Record<string, unknown>>
  [key: string]: unknown
}

let pending: Promise<OpenApiDocument> | null = null

/** Reads the document once per isolate; a failed read is retried on the next request. */
export function readOpenApiDocument(assets: Fetcher, origin: string): Promise<OpenApiDocument> {
  pending ??= assets.fetch(new URL(OPENAPI_ASSET, origin)).then(async (response) => {
    if (!response.ok) throw new Error(`${OPENAPI_ASSET} is missing from the static assets (${response.status}): run npm run build`)
    return (await response.json()) as OpenApiDocument
  })
  pending.catch(() => { pending = null })
  return pending
}
