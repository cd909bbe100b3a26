import { LoggerService } from '@backstage/backend-plugin-api';
import { ForeignKeyRef } from '@internal/plugin-data-catalog-common';
import {
  ColumnSnapshot,
  QuerySnapshot,
  SourceSnapshot,
  TableSnapshot,
} from '@internal/plugin-data-catalog-node';
import { errorMessage } from './connectionSteps';
import { NameScope, TableIndex } from './TableIndex';

/** A table as a bulk catalog query returns it; `id` joins its columns. */
export type TableRow = Omit<TableSnapshot, 'columns'> & { id: string };
export type ColumnRow = Omit<ColumnSnapshot, 'isPrimaryKey' | 'foreignKey'> & {
  tableId: string;
};
/** One column of a primary or foreign key constraint. */
export type KeyRow = {
  tableId: string;
  column: string;
  primaryKey: boolean;
  foreignKey?: ForeignKeyRef;
};

/**
 * Joins the rows of the per-kind bulk queries into tables with their
 * columns in ordinal order; a column in several foreign keys keeps the one
 * whose constraint name sorts first, whatever order the rows came in.
 */
export function assembleTables(
  tables: TableRow[],
  columns: ColumnRow[],
  keys: KeyRow[],
): TableSnapshot[] {
  const keyOf = (tableId: string, column: string) =>
    `${tableId}\u0000${column}`;
  const primary = new Set<string>();
  const foreign = new Map<string, ForeignKeyRef>();
  for (const key of keys) {
    const id = keyOf(key.tableId, key.column);
    if (key.primaryKey) primary.add(id);
    const known = foreign.get(id);
    if (
      key.foreignKey &&
      (!known || key.foreignKey.constraint < known.constraint)
    ) {
      foreign.set(id, key.foreignKey);
    }
  }
  const byTable = new Map<string, ColumnSnapshot[]>();
  for (const { tableId, ...column } of columns) {
    const id = keyOf(tableId, column.name);
    const list = byTable.get(tableId) ?? [];
    list.push({
      ...column,
      isPrimaryKey: primary.has(id),
      ...(foreign.has(id) && { foreignKey: foreign.get(id) }),
    });
    byTable.set(tableId, list);
  }
  return tables.map(({ id, ...table }) => ({
    ...table,
    columns: (byTable.get(id) ?? []).sort((a, b) => a.ordinal - b.ordinal),
  }));
}

/** What one database of a source contributes to the snapshot. */
export type DatabaseRead = Pick<
  SourceSnapshot,
  'schemas' | 'tables' | 'dependencies'
> & {
  database: SourceSnapshot['databases'][number];
  queries?: QuerySnapshot[];
};

/**
 * Reads the databases one by one; one that fails is reported in
 * `unreadDatabases` and the others are still read, so a sync keeps what it
 * could not see.
 */
export async function readEachDatabase(
  names: string[],
  read: (name: string) => Promise<DatabaseRead>,
  options: { logger: LoggerService; signal?: AbortSignal },
): Promise<SourceSnapshot> {
  const snapshot: SourceSnapshot = {
    databases: [],
    schemas: [],
    tables: [],
    dependencies: [],
    unreadDatabases: [],
  };
  for (const name of names) {
    options.signal?.throwIfAborted();
    try {
      const part = await read(name);
      snapshot.databases.push(part.database);
      snapshot.schemas.push(...part.schemas);
      snapshot.tables.push(...part.tables);
      snapshot.dependencies.push(...part.dependencies);
      if (part.queries) {
        snapshot.queries = [...(snapshot.queries ?? []), ...part.queries];
      }
    } catch (error) {
      options.logger.warn(`Could not read database ${name}: ${error}`);
      snapshot.unreadDatabases.push({ name, error: errorMessage(error) });
    }
  }
  return snapshot;
}

/**
 * Resolves the tables each statement names; statements that name no table
 * of the snapshot (catalog lookups, utility commands) are dropped as they
 * say nothing about the catalogued data.
 */
export function withQueryTables(
  queries: Omit<QuerySnapshot, 'tables'>[],
  index: TableIndex,
  scopeOf: (query: Omit<QuerySnapshot, 'tables'>) => NameScope,
): QuerySnapshot[] {
  return queries.flatMap(query => {
    const tables = index.resolve(query.text, scopeOf(query));
    return tables.length > 0 ? [{ ...query, tables }] : [];
  });
}

/** Text columns that catalogs return as null or '' when there is none. */
export function optional(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value === ''
    ? undefined
    : value;
}

/** Numeric columns some drivers return as strings (bigint, numeric). */
export function optionalNumber(value: unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}
