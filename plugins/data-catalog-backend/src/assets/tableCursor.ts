import { InputError } from '@backstage/errors';
import { ListTablesQuery } from '@internal/plugin-data-catalog-common';
import { z } from 'zod';

type Sort = ListTablesQuery['sort'];

/**
 * The SQL each sort orders by, never null so that keyset comparisons hold
 * (`qs` = quality_scores, `v` = the 30-day views aggregate).
 */
export const sortExpressions: Record<Sort, string> = {
  name: 'assets.name',
  quality: 'coalesce(qs.score, -1)',
  updated: 'coalesce(assets.last_modified_at, assets.changed_at)',
  views: 'coalesce(v.views, 0)',
  rows: 'coalesce(assets.row_estimate, -1)',
  size: 'coalesce(assets.size_bytes, -1)',
};

const cursorSchema = z.object({
  s: z.enum(['name', 'quality', 'updated', 'views', 'rows', 'size']),
  o: z.enum(['asc', 'desc']),
  v: z.union([z.string(), z.number()]),
  r: z.string(),
});

export type TableCursor = { value: string | number | Date; entityRef: string };

/**
 * Opaque for clients: the last row's sort value and ref, plus the sort it
 * belongs to. Timestamps travel as epoch milliseconds.
 */
export function encodeCursor(
  sort: Sort,
  order: 'asc' | 'desc',
  sortValue: unknown,
  entityRef: string,
): string {
  const v =
    sort === 'updated'
      ? new Date(sortValue as string | number | Date).getTime()
      : (sortValue as string | number);
  return Buffer.from(
    JSON.stringify({ s: sort, o: order, v, r: entityRef }),
  ).toString('base64url');
}

export function decodeCursor(
  cursor: string,
  sort: Sort,
  order: 'asc' | 'desc',
): TableCursor {
  let parsed: z.infer<typeof cursorSchema>;
  try {
    parsed = cursorSchema.parse(
      JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')),
    );
  } catch {
    throw new InputError('Invalid request: cursor: not a cursor of this list');
  }
  if (parsed.s !== sort || parsed.o !== order) {
    throw new InputError(
      'Invalid request: cursor: it belongs to another sort or order',
    );
  }
  const value = sort === 'updated' ? new Date(Number(parsed.v)) : parsed.v;
  return { value, entityRef: parsed.r };
}
