/** A value as an SQL literal, for the statements the scripts hand to `wrangler d1 execute`. */
export const sqlLiteral = (value: string | number | null): string =>
  value === null ? 'NULL' : typeof value === 'number' ? String(value) : `'${value.replaceAll("'", "''")}'`
