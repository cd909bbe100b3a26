import { ConflictError, NotFoundError } from '@backstage/errors';
import type { Page } from '@internal/plugin-harvester-common';
import type { ListQuery } from '../api/types';

/** Deep copies: the UI must never hold (and mutate) the fake's own state. */
export function clone<V>(value: V): V {
  return JSON.parse(JSON.stringify(value));
}

type Listed = {
  cluster: string;
  namespace?: string;
  name: string;
  owner?: string;
  labels?: Record<string, string>;
};

/** `app=web,tier!=db,env`: the label selector forms the UI sends. */
export function matchesSelector(
  labels: Record<string, string> = {},
  selector: string,
): boolean {
  return selector
    .split(',')
    .map(term => term.trim())
    .filter(Boolean)
    .every(term => {
      const [key, value] = term.split(/!?=/);
      if (term.includes('!=')) return labels[key] !== value;
      if (term.includes('=')) return labels[key] === value;
      return key in labels;
    });
}

function inList(value: string | undefined, list: string[] | undefined) {
  return !list?.length || (value !== undefined && list.includes(value));
}

/** `name` or `-cpuCores`, like the server: items without the field go last. */
function sorter<V>(sort: string | undefined) {
  const descending = sort?.startsWith('-') ?? false;
  const field = descending ? sort!.slice(1) : sort;
  return (a: V, b: V) => {
    if (!field) return 0;
    const [x, y] = [a, b].map(item => (item as Record<string, unknown>)[field]);
    if (x === undefined || y === undefined) {
      return Number(x === undefined) - Number(y === undefined);
    }
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y));
    return descending ? -order : order;
  };
}

/** One page of `items` filtered and sorted like the server's list routes. */
export function listPage<V extends Listed>(
  items: V[],
  query: ListQuery,
  extra: (item: V) => boolean = () => true,
): Page<V> {
  const q = query.q?.toLocaleLowerCase('en-US');
  const matching = items.filter(
    item =>
      inList(item.cluster, query.cluster) &&
      inList(item.namespace, query.namespace) &&
      inList(item.owner, query.owner) &&
      (!q || item.name.toLocaleLowerCase('en-US').includes(q)) &&
      (!query.label || matchesSelector(item.labels, query.label)) &&
      extra(item),
  );
  matching.sort(sorter(query.sort));
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 50;
  return {
    items: clone(matching.slice(offset, offset + limit)),
    totalCount: matching.length,
    offset,
    limit,
  };
}

type Ref = { cluster: string; namespace?: string; name: string };

export function sameRef(a: Ref, b: Ref): boolean {
  return (
    a.cluster === b.cluster &&
    (a.namespace ?? '') === (b.namespace ?? '') &&
    a.name === b.name
  );
}

export function findOr404<V extends Ref>(items: V[], ref: Ref): V {
  const found = items.find(item => sameRef(item, ref));
  if (!found) throw new NotFoundError(`${ref.name} not found`);
  return found;
}

export function refuseDuplicate<V extends Ref>(items: V[], ref: Ref): void {
  if (items.some(item => sameRef(item, ref))) {
    throw new ConflictError(`${ref.name} already exists`);
  }
}

/** Removes the object `ref` from `items` in place, 404 when absent. */
export function removeOr404<V extends Ref>(items: V[], ref: Ref): V {
  const found = findOr404(items, ref);
  items.splice(items.indexOf(found), 1);
  return found;
}
