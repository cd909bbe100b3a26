import { InputError } from '@backstage/errors';
import { ListQuery } from '@internal/plugin-authz-common';
import { Knex } from 'knex';
import { toCount } from './columnValues';

/** How a list endpoint searches, sorts and pages one table. */
export type ListSpec = {
  /** Columns `q` matches, as a case-insensitive substring. */
  searchColumns: string[];
  /** API sort field → column; anything else is a 400. */
  sortColumns: Record<string, string>;
  defaultSort: string;
  /** Breaks ties, so consecutive pages neither overlap nor skip. */
  keyColumn: string;
};

/**
 * Applies `q`, counts the matches, then sorts and pages. `query` is a select
 * on the table with the caller's filters already applied.
 */
export async function fetchPage<Row>(
  query: Knex.QueryBuilder,
  spec: ListSpec,
  list: ListQuery,
): Promise<{ rows: Row[]; totalCount: number }> {
  const sortColumn = spec.sortColumns[list.sort ?? spec.defaultSort];
  if (!sortColumn) {
    throw new InputError(
      `sort: unknown field "${list.sort}", expected one of ${Object.keys(
        spec.sortColumns,
      ).join(', ')}`,
    );
  }
  if (list.q) {
    const pattern = `%${list.q.toLowerCase().replace(/[!%_]/g, '!$&')}%`;
    query.where(search => {
      for (const column of spec.searchColumns) {
        search.orWhereRaw(`lower(??) like ? escape '!'`, [column, pattern]);
      }
    });
  }
  const counted = await query.clone().clearSelect().count({ count: '*' });
  const rows = await query
    .orderBy(sortColumn, list.order)
    .orderBy(spec.keyColumn, list.order)
    .offset(list.offset)
    .limit(list.limit);
  return { rows, totalCount: toCount(counted[0]?.count) };
}
