import { NotFoundError } from '@backstage/errors';
import type { Page } from '@internal/plugin-authz-common';

// JSON copies: the UI must never hold the fake's own objects.
export const copy = <V>(value: V): V => JSON.parse(JSON.stringify(value));
export const now = '2025-01-15T10:00:00.000Z';

export function page<V>(
  items: V[],
  query: { offset?: number; limit?: number },
): Page<V> {
  const offset = query.offset ?? 0;
  return {
    items: items.slice(offset, offset + (query.limit ?? 50)),
    totalCount: items.length,
  };
}

export function find<V>(
  items: V[],
  match: (item: V) => boolean,
  what: string,
): V {
  const item = items.find(match);
  if (!item) throw new NotFoundError(`${what} not found`);
  return item;
}
