import {
  LineageEdge,
  LineageEdgeInput,
  LineageNode,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { chunked, toIso } from '../assets/dbValues';
import {
  checkReplacement,
  EdgeRecord,
  fromRecord,
  sortEdges,
  uniqueRecords,
} from './lineageEdges';
import { LineageStore } from './LineageStore';

const TABLE = 'lineage_edges';
const KEY = ['from_ref', 'from_column', 'to_ref', 'to_column', 'type'];
// 8 columns a row: well under SQLite's and PostgreSQL's bind limits.
const ROWS_PER_STATEMENT = 100;

type EdgeRow = {
  from_ref: string;
  from_column: string;
  to_ref: string;
  to_column: string;
  type: EdgeRecord['type'];
  source: EdgeRecord['source'];
  created_at: unknown;
  updated_at: unknown;
};

const keyColumns = (r: EdgeRecord) => ({
  from_ref: r.fromRef,
  from_column: r.fromColumn,
  to_ref: r.toRef,
  to_column: r.toColumn,
  type: r.type,
});

/**
 * The lineage graph in the plugin's own database (`lineage_edges`): the
 * embedded default. Upstream/downstream of a table node include the edges
 * of its columns (see LineageStore).
 */
export class SqlLineageStore implements LineageStore {
  constructor(private readonly knex: Knex) {}

  async upsertEdges(edges: LineageEdgeInput[]): Promise<void> {
    if (edges.length === 0) return;
    await this.knex.transaction(tx => this.upsert(tx, uniqueRecords(edges)));
  }

  async removeEdges(edges: LineageEdgeInput[]): Promise<void> {
    if (edges.length === 0) return;
    await this.knex.transaction(async tx => {
      for (const chunk of chunked(uniqueRecords(edges), ROWS_PER_STATEMENT)) {
        await tx(TABLE)
          .where(qb => {
            for (const record of chunk) qb.orWhere(keyColumns(record));
          })
          .delete();
      }
    });
  }

  async replaceEdgesFrom(
    source: LineageEdgeInput['source'],
    entityRefs: string[],
    edges: LineageEdgeInput[],
  ): Promise<void> {
    checkReplacement(source, entityRefs, edges);
    await this.knex.transaction(async tx => {
      for (const chunk of chunked([...new Set(entityRefs)])) {
        await tx(TABLE)
          .where('source', source)
          .where(qb => qb.whereIn('from_ref', chunk).orWhereIn('to_ref', chunk))
          .delete();
      }
      await this.upsert(tx, uniqueRecords(edges));
    });
  }

  upstream(node: LineageNode): Promise<LineageEdge[]> {
    return this.edgesAt('to', node);
  }

  downstream(node: LineageNode): Promise<LineageEdge[]> {
    return this.edgesAt('from', node);
  }

  private async edgesAt(end: 'from' | 'to', node: LineageNode) {
    const query = this.knex<EdgeRow>(TABLE).where(`${end}_ref`, node.entityRef);
    if (node.column !== undefined) query.where(`${end}_column`, node.column);
    const rows: EdgeRow[] = await query.select();
    return sortEdges(
      rows.map(row =>
        fromRecord({
          fromRef: row.from_ref,
          fromColumn: row.from_column,
          toRef: row.to_ref,
          toColumn: row.to_column,
          type: row.type,
          source: row.source,
          createdAt: toIso(row.created_at)!,
          updatedAt: toIso(row.updated_at)!,
        }),
      ),
    );
  }

  /** Inserts new edges; existing ones keep createdAt (and a manual source). */
  private async upsert(tx: Knex.Transaction, records: EdgeRecord[]) {
    const now = new Date();
    for (const chunk of chunked(records, ROWS_PER_STATEMENT)) {
      await tx(TABLE)
        .insert(
          chunk.map(record => ({
            ...keyColumns(record),
            source: record.source,
            created_at: now,
            updated_at: now,
          })),
        )
        .onConflict(KEY)
        .merge({
          updated_at: tx.raw('excluded.updated_at'),
          source: tx.raw(
            `case when ${TABLE}.source = 'manual' then 'manual' else excluded.source end`,
          ),
        });
    }
  }
}
