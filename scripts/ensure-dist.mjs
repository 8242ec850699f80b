// wrangler and the Workers test pool need the assets directory to exist, even before a build.
import { mkdirSync } from 'node:fs'
mkdirSync('dist', { recursive: true })
