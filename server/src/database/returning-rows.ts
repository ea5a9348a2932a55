/**
 * TypeORM's postgres driver answers UPDATE and DELETE statements with `[rows, rowCount]` instead
 * of the rows, so `RETURNING` results need unwrapping before anyone counts them. Rows are
 * always objects, so a leading array can only be that pair.
 */
export async function queryReturningRows<TRow>(
  runner: { query(sql: string, parameters?: unknown[]): Promise<unknown> },
  sql: string,
  parameters: unknown[],
): Promise<TRow[]> {
  const result = await runner.query(sql, parameters);

  if (Array.isArray(result) && Array.isArray(result[0]) && typeof result[1] === "number") {
    return result[0] as TRow[];
  }
  return result as TRow[];
}
