import { NotFoundError } from '@backstage/errors';

/** Deep copies: the UI must never hold (and mutate) the fake's own state. */
export function clone<V>(value: V): V {
  return JSON.parse(JSON.stringify(value));
}

export function offsetPage<V>(
  items: V[],
  query: { offset?: number; limit?: number },
) {
  const start = query.offset ?? 0;
  return {
    items: clone(items.slice(start, start + (query.limit ?? 50))),
    totalCount: items.length,
  };
}

export function findOr404<V>(items: V[], match: (item: V) => boolean): V {
  const found = items.find(match);
  if (!found) throw new NotFoundError('not found');
  return found;
}
