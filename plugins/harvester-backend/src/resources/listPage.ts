import { InputError } from '@backstage/errors';
import { ListQuery, Page } from '@internal/plugin-harvester-common';
import { parseLabelSelector } from './labelSelector';

/** What every list item has (VmSummary, VolumeSummary, HostSummary...). */
export type ListItem = {
  cluster: string;
  namespace?: string;
  name: string;
  /** The name the UI shows where there is one (images). */
  displayName?: string;
  owner?: string;
  labels?: Record<string, string>;
};

type Value = unknown;

function compareValues(a: Value, b: Value): number {
  // Items without the field go last either way.
  if (a === undefined || a === null)
    return b === undefined || b === null ? 0 : 1;
  if (b === undefined || b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

const byRef = (a: ListItem, b: ListItem) =>
  compareValues(a.cluster, b.cluster) ||
  compareValues(a.namespace ?? '', b.namespace ?? '') ||
  compareValues(a.name, b.name);

function sorter<T extends ListItem>(sort: string | undefined) {
  if (!sort) return byRef;
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(field)) {
    throw new InputError(`sort: '${sort}' is not a field name`);
  }
  return (a: T, b: T) => {
    const va = (a as Record<string, Value>)[field];
    const vb = (b as Record<string, Value>)[field];
    // Missing values stay last, also when descending.
    const missing = (v: Value) => v === undefined || v === null;
    if (missing(va) || missing(vb)) return compareValues(va, vb) || byRef(a, b);
    return (descending ? -1 : 1) * compareValues(va, vb) || byRef(a, b);
  };
}

const lower = (values: string[]) => new Set(values.map(v => v.toLowerCase()));

/** The free-text `q`: part of the name (or display name), owner, or a label `key=value`. */
function matchesText(item: ListItem, text: string): boolean {
  const needle = text.toLowerCase();
  const haystack = [
    item.name,
    item.displayName ?? '',
    item.owner ?? '',
    ...Object.entries(item.labels ?? {}).map(([k, v]) => `${k}=${v}`),
  ];
  return haystack.some(h => h.toLowerCase().includes(needle));
}

/**
 * Applies a list route's `ListQuery` to the items of every readable
 * cluster: filters (namespace, q, label selector, owner), sort (`name`,
 * `-createdAt`, any field of the item) and the page.
 */
export function listPage<T extends ListItem>(
  items: T[],
  query: ListQuery,
): Page<T> {
  const namespaces = new Set(query.namespace);
  const owners = lower(query.owner);
  const selector = query.label ? parseLabelSelector(query.label) : undefined;
  const filtered = items.filter(
    item =>
      (!namespaces.size ||
        (item.namespace && namespaces.has(item.namespace))) &&
      (!owners.size || (item.owner && owners.has(item.owner.toLowerCase()))) &&
      (!query.q || matchesText(item, query.q)) &&
      (!selector || selector(item.labels ?? {})),
  );
  filtered.sort(sorter<T>(query.sort));
  return {
    items: filtered.slice(query.offset, query.offset + query.limit),
    totalCount: filtered.length,
    offset: query.offset,
    limit: query.limit,
  };
}
