import { LineageEdgeInput } from '@internal/plugin-data-catalog-common';
import { SourceSnapshot, TableKey } from '@internal/plugin-data-catalog-node';
import { lineageFromQuery } from '../lineage/queryLineage';
import { tableRef } from './assetRefs';

function derives(
  from: string,
  to: string,
  source: 'view' | 'query',
): LineageEdgeInput {
  return {
    from: { entityRef: from },
    to: { entityRef: to },
    type: 'derives',
    source,
  };
}

/**
 * View lineage (read table → view, `derives`, source `view`) of the
 * snapshot's dependencies that touch one of `refs`: what
 * `replaceEdgesFrom('view', refs, …)` must leave for those refs.
 */
export function viewLineageEdges(
  sourceId: string,
  snapshot: SourceSnapshot,
  refs: Set<string>,
): LineageEdgeInput[] {
  const edges = new Map<string, LineageEdgeInput>();
  for (const { view, reads } of snapshot.dependencies) {
    const from = tableRef(sourceId, reads);
    const to = tableRef(sourceId, view);
    if (from !== to && (refs.has(from) || refs.has(to))) {
      edges.set(`${from} ${to}`, derives(from, to, 'view'));
    }
  }
  return [...edges.values()];
}

/**
 * Resolves an identifier as a statement wrote it (`table`, `schema.table`
 * or `db.schema.table`, compared case-insensitively) against the tables of
 * the statement's database; a bare name prefers `public` (PostgreSQL) or
 * the database's own schema (MySQL), else a name unique in the database.
 */
function tableResolver(snapshot: SourceSnapshot) {
  const byKey = new Map<string, TableKey[]>();
  const add = (key: string, table: TableKey) =>
    byKey.set(key, [...(byKey.get(key) ?? []), table]);
  for (const table of snapshot.tables) {
    const [db, schema, name] = [table.database, table.schema, table.name].map(
      s => s.toLowerCase(),
    );
    add(`${db}|${db}.${schema}.${name}`, table);
    add(`${db}|${schema}.${name}`, table);
    add(`${db}|${name}`, table);
  }
  return (database: string, identifier: string): TableKey | undefined => {
    const db = database.toLowerCase();
    const candidates = byKey.get(`${db}|${identifier.toLowerCase()}`) ?? [];
    if (candidates.length <= 1) return candidates[0];
    return candidates.find(t =>
      ['public', db].includes(t.schema.toLowerCase()),
    );
  };
}

/**
 * Query lineage: for statements that write a table from others
 * (INSERT … SELECT, CREATE TABLE … AS), each read table → each written
 * table, `derives` with source `query`. Pairs a view dependency already
 * gives (its CREATE VIEW statement) are left to the view lineage.
 */
export function queryLineageEdges(
  sourceId: string,
  snapshot: SourceSnapshot,
): LineageEdgeInput[] {
  const resolve = tableResolver(snapshot);
  const edges = new Map<string, LineageEdgeInput>();
  const viewPairs = new Set(
    snapshot.dependencies.map(
      d => `${tableRef(sourceId, d.reads)} ${tableRef(sourceId, d.view)}`,
    ),
  );
  for (const query of snapshot.queries ?? []) {
    const { reads, writes } = lineageFromQuery(query.text);
    if (reads.length === 0 || writes.length === 0) continue;
    const refsOf = (identifiers: string[]) =>
      identifiers
        .map(identifier => resolve(query.database, identifier))
        .filter((t): t is TableKey => t !== undefined)
        .map(t => tableRef(sourceId, t));
    const targets = refsOf(writes);
    for (const from of refsOf(reads)) {
      for (const to of targets) {
        const key = `${from} ${to}`;
        if (from !== to && !viewPairs.has(key)) {
          edges.set(key, derives(from, to, 'query'));
        }
      }
    }
  }
  return [...edges.values()];
}
