import { Knex } from 'knex';
import { TABLE_KINDS } from '../assets/assetKinds';
import { TableTarget } from '../governance/tableTargets';
import { DemoNode } from './demoGovernanceSchema';

/** A problem with the demo content, naming where in the file it is. */
export class DemoContentError extends Error {
  name = 'DemoContentError';
}

/**
 * Runs one step of the demo content; what it throws is rethrown with the
 * content's path (`tables.customers.tags: add[0]: no tag foo`).
 */
export async function atPath<T>(
  path: string,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DemoContentError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new DemoContentError(`${path}: ${message}`, { cause: error });
  }
}

/**
 * The tables and views of the demo source as ingested, by name: the
 * content names tables the way people know them, not by entity ref.
 */
export class DemoTables {
  private constructor(
    private readonly byName: Map<string, TableTarget>,
    private readonly columns: Set<string>,
  ) {}

  static async load(db: Knex | Knex.Transaction, sourceId: string) {
    const tables = db('assets')
      .where('source_id', sourceId)
      .whereIn('kind', TABLE_KINDS);
    const [rows, columnRows] = await Promise.all([
      tables
        .clone()
        .select('entity_ref', 'source_id', 'name', 'qualified_name')
        .orderBy('entity_ref'),
      db('columns')
        .whereIn('entity_ref', tables.clone().select('entity_ref'))
        .select('entity_ref', 'name'),
    ]);
    return new DemoTables(
      new Map(
        rows.map(row => [
          row.name,
          {
            entityRef: row.entity_ref,
            sourceId: row.source_id,
            name: row.name,
            qualifiedName: row.qualified_name,
          },
        ]),
      ),
      new Set(columnRows.map(c => `${c.entity_ref}\u0000${c.name}`)),
    );
  }

  /** Every table and view of the source, by entity ref. */
  all(): TableTarget[] {
    return [...this.byName.values()];
  }

  /** The named table, else an error naming the content's path. */
  table(path: string, name: string): TableTarget {
    const target = this.byName.get(name);
    if (!target) {
      throw new DemoContentError(`${path}: no table or view named ${name}`);
    }
    return target;
  }

  /** The column of a table, else an error naming the content's path. */
  column(path: string, table: TableTarget, column: string): string {
    if (!this.columns.has(`${table.entityRef}\u0000${column}`)) {
      throw new DemoContentError(
        `${path}: ${table.name} has no column ${column}`,
      );
    }
    return column;
  }

  /** A table, and its column when one is named (which must exist). */
  node(path: string, node: DemoNode): { table: TableTarget; column?: string } {
    const table = this.table(`${path}.table`, node.table);
    return node.column === undefined
      ? { table }
      : { table, column: this.column(`${path}.column`, table, node.column) };
  }
}
