/**
 * Counts the SQL statements a request sends to D1, so the "at most two queries per reader
 * page" budget is measured on every response (`Server-Timing: d1;desc="2"`) rather than
 * assumed. Every statement, batched or not, goes through `prepare`.
 */
export function countingD1(db: D1Database): { db: D1Database; count: () => number } {
  let statements = 0
  const proxy = new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') {
        return (query: string) => {
          statements += 1
          return target.prepare(query)
        }
      }
      const value = Reflect.get(target, prop) as unknown
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
  return { db: proxy, count: () => statements }
}
