/**
 * Writes the OpenAPI document (site/public/api/openapi.json, a static asset) from the route table and
 * the validators' schemas. Run by `npm run build`; tests/api/openapi.test.ts fails when the
 * committed file differs from what the code describes.
 */
import { writeFileSync } from 'node:fs'
import { openApiDocument } from '../worker/api/openapi/document'

export const OPENAPI_FILE = 'site/public/api/openapi.json'
export const renderOpenApi = () => `${JSON.stringify(openApiDocument(), null, 2)}\n`

if (process.argv[1]?.endsWith('build-openapi.ts')) {
  writeFileSync(OPENAPI_FILE, renderOpenApi())
  console.log(`Wrote ${OPENAPI_FILE}`)
}
