import { InputError } from '@backstage/errors';
import {
  LineageEdge,
  LineageEdgeInput,
  LineageNode,
} from '@internal/plugin-data-catalog-common';

/** Both stores keep "no column" as '' so (ref, column) can be a key. */
export const NO_COLUMN = '';

/** An edge as both stores hold it: flat, '' for no column. */
export type EdgeRecord = {
  fromRef: string;
  fromColumn: string;
  toRef: string;
  toColumn: string;
  type: LineageEdgeInput['type'];
  source: LineageEdgeInput['source'];
};

export function toRecord(edge: LineageEdgeInput): EdgeRecord {
  return {
    fromRef: edge.from.entityRef,
    fromColumn: edge.from.column ?? NO_COLUMN,
    toRef: edge.to.entityRef,
    toColumn: edge.to.column ?? NO_COLUMN,
    type: edge.type,
    source: edge.source,
  };
}

const toNode = (entityRef: string, column: string): LineageNode =>
  column === NO_COLUMN ? { entityRef } : { entityRef, column };

/** A stored edge with its ISO timestamps. */
export type StoredEdgeRecord = EdgeRecord & {
  createdAt: string;
  updatedAt: string;
};

export function fromRecord(record: StoredEdgeRecord): LineageEdge {
  return {
    from: toNode(record.fromRef, record.fromColumn),
    to: toNode(record.toRef, record.toColumn),
    type: record.type,
    source: record.source,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

const keyOf = (r: EdgeRecord) =>
  JSON.stringify([r.fromRef, r.fromColumn, r.toRef, r.toColumn, r.type]);

/**
 * One record per from/to/type (a statement may not touch a row twice).
 * A manual edge is a person's statement, so `manual` wins over any other
 * source; otherwise the last one given wins. The stores apply the same
 * rule against what they already hold.
 */
export function uniqueRecords(edges: LineageEdgeInput[]): EdgeRecord[] {
  const byKey = new Map<string, EdgeRecord>();
  for (const record of edges.map(toRecord)) {
    const key = keyOf(record);
    if (byKey.get(key)?.source !== 'manual') byKey.set(key, record);
  }
  return [...byKey.values()];
}

/**
 * `replaceEdgesFrom` only takes edges of its source touching its refs:
 * anything else would outlive the next replacement.
 */
export function checkReplacement(
  source: LineageEdgeInput['source'],
  entityRefs: string[],
  edges: LineageEdgeInput[],
) {
  const refs = new Set(entityRefs);
  for (const edge of edges) {
    if (edge.source !== source) {
      throw new InputError(
        `Cannot replace ${source} edges with a ${edge.source} edge`,
      );
    }
    if (!refs.has(edge.from.entityRef) && !refs.has(edge.to.entityRef)) {
      throw new InputError(
        `Edge ${edge.from.entityRef} → ${edge.to.entityRef} touches none of the replaced refs`,
      );
    }
  }
}

/** Stable order for API answers, the same from every store. */
export function sortEdges(edges: LineageEdge[]): LineageEdge[] {
  const key = (e: LineageEdge) =>
    [
      e.from.entityRef,
      e.from.column ?? NO_COLUMN,
      e.to.entityRef,
      e.to.column ?? NO_COLUMN,
      e.type,
    ].join('\u0000');
  return edges.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === kb) return 0;
    return ka < kb ? -1 : 1;
  });
}
