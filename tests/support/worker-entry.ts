// The Worker as the tests see it: the same createWorker as production, without the Astro
// renderer, so API tests need no site build.
import { createWorker } from '../../worker/app'

export default createWorker()
