/**
 * The real local D1 behind a fault injector, as D1 fails in production: a call may fail
 * before it reaches the database (nothing happened) or after it ran (it happened, but the
 * answer was lost), with D1's own "Network connection lost" message. Batches fail as a
 * whole, as D1's transactions do. Deterministic for a given seed.
 */
export type Faults = { before: number; after: number; seed?: number }

export const D1_LOST = 'D1_ERROR: Network connection lost.'

function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function faultyD1(real: D1Database, faults: Faults) {
  const draw = rng(faults.seed ?? 1)
  const injected = { before: 0, after: 0 }
  async function around<T>(call: () => Promise<T>): Promise<T> {
    const roll = draw()
    if (roll < faults.before) {
      injected.before += 1
      throw new Error(D1_LOST)
    }
    const result = await call()
    if (roll < faults.before + faults.after) {
      injected.after += 1
      throw new Error(D1_LOST)
    }
    return result
  }
  const realOf = new WeakMap<object, D1PreparedStatement>()
  const statement = (stmt: D1PreparedStatement): D1PreparedStatement => {
    const wrapped = {
      bind: (...values: unknown[]) => statement(stmt.bind(...values)),
      run: () => around(() => stmt.run()),
      all: () => around(() => stmt.all()),
      first: (column?: string) => around(() => (column ? stmt.first(column) : stmt.first())),
      raw: (options?: { columnNames?: boolean }) => around(() => stmt.raw(options as never)),
    } as unknown as D1PreparedStatement
    realOf.set(wrapped, stmt)
    return wrapped
  }
  const db = {
    prepare: (query: string) => statement(real.prepare(query)),
    batch: (statements: D1PreparedStatement[]) => around(() => real.batch(statements.map((s) => realOf.get(s) ?? s))),
    exec: (query: string) => around(() => real.exec(query)),
    dump: () => real.dump(),
    withSession: () => { throw new Error('sessions are not used') },
  } as unknown as D1Database
  return { db, injected }
}
