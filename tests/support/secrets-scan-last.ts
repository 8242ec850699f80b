import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * Vitest's own order, except that the secrets-at-rest scan comes after every other file:
 * it reads what the whole browser run left behind (tests/e2e/zz-secrets-at-rest.test.ts).
 */
export class SecretsScanLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const isScan = (f: TestSpecification) => f.moduleId.endsWith('zz-secrets-at-rest.test.ts')
    return [...sorted.filter((f) => !isScan(f)), ...sorted.filter(isScan)]
  }
}
