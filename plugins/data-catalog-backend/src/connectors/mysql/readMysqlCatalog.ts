import { SourceSnapshot, TableKey } from '@internal/plugin-data-catalog-node';
import { Connection } from 'mysql2/promise';
import {
  assembleTables,
  ColumnRow,
  KeyRow,
  optional,
  optionalNumber,
  TableRow,
} from '../snapshotAssembly';
import { TableIndex, tableKeyId } from '../TableIndex';
import {
  columnsQuery,
  hasViewTableUsageQuery,
  keysQuery,
  partitionedTablesQuery,
  tablesQuery,
  viewsQuery,
  viewTableUsageQuery,
} from './informationSchemaQueries';
import { selectRows } from './mysqlConnection';

type TableData = {
  db: string;
  name: string;
  type: string;
  row_count: number | null;
  size_bytes: number | string | null;
  updated_at: Date | null;
  comment: string | null;
};
type ColumnData = {
  db: string;
  table_name: string;
  name: string;
  ordinal: number;
  data_type: string;
  is_nullable: string;
  default_value: string | null;
  comment: string | null;
  extra: string | null;
};
type KeyData = {
  db: string;
  table_name: string;
  column_name: string;
  constraint_name: string;
  type: string;
  ref_db: string | null;
  ref_table: string | null;
  ref_column: string | null;
};
type ViewData = { db: string; name: string; definition: string | null };
type DependencyData = {
  view_db: string;
  view_name: string;
  db: string;
  name: string;
};

// One database is one schema of the same name: the id joins both levels.
const keyOf = (db: string, name: string): TableKey => ({
  database: db,
  schema: db,
  name,
});
const idOf = (db: string, name: string) => tableKeyId(keyOf(db, name));

/**
 * MariaDB reports a column without default as the literal NULL and marks
 * auto-increment only in EXTRA, which stands in for a default here.
 */
function columnDefault(row: ColumnData): string | undefined {
  if (row.default_value !== null && row.default_value !== 'NULL') {
    return row.default_value;
  }
  return row.extra?.includes('auto_increment') ? 'auto_increment' : undefined;
}

function toTableRow(
  row: TableData,
  partitioned: Set<string>,
  definitions: Map<string, string>,
): TableRow {
  const id = idOf(row.db, row.name);
  const isView = row.type === 'VIEW';
  let kind: TableRow['kind'] = 'table';
  if (isView) kind = 'view';
  else if (partitioned.has(id)) kind = 'partitioned-table';
  return {
    id,
    ...keyOf(row.db, row.name),
    kind,
    // MySQL sets a view's comment to the word VIEW.
    comment: isView ? undefined : optional(row.comment),
    rowEstimate: isView ? undefined : optionalNumber(row.row_count),
    sizeBytes: isView ? undefined : optionalNumber(row.size_bytes),
    lastModifiedAt: row.updated_at ?? undefined,
    viewDefinition: definitions.get(id),
  };
}

function toKeyRow(row: KeyData): KeyRow {
  const isForeign = row.type === 'FOREIGN KEY' && row.ref_db && row.ref_table;
  return {
    tableId: idOf(row.db, row.table_name),
    column: row.column_name,
    primaryKey: row.type === 'PRIMARY KEY',
    foreignKey: isForeign
      ? {
          constraint: row.constraint_name,
          database: row.ref_db!,
          schema: row.ref_db!,
          table: row.ref_table!,
          column: row.ref_column!,
        }
      : undefined,
  };
}

/**
 * The tables each view reads: from VIEW_TABLE_USAGE where the server has
 * it, otherwise from the names in the stored definition.
 */
async function readViewDependencies(
  client: Connection,
  names: string[],
  views: ViewData[],
  index: TableIndex,
): Promise<SourceSnapshot['dependencies']> {
  const [{ found }] = await selectRows<{ found: number }>(
    client,
    hasViewTableUsageQuery,
  );
  if (Number(found) > 0) {
    const rows = await selectRows<DependencyData>(client, viewTableUsageQuery, [
      names,
    ]);
    return rows.map(row => ({
      view: keyOf(row.view_db, row.view_name),
      reads: keyOf(row.db, row.name),
    }));
  }
  return views.flatMap(view => {
    const reads = index.resolve(view.definition ?? '', {
      defaultSchemas: [view.db],
    });
    return reads
      .filter(table => tableKeyId(table) !== idOf(view.db, view.name))
      .map(table => ({ view: keyOf(view.db, view.name), reads: table }));
  });
}

/** Reads the catalog of the given databases, which must be visible. */
export async function readMysqlCatalog(
  client: Connection,
  names: string[],
): Promise<Omit<SourceSnapshot, 'unreadDatabases' | 'queries'>> {
  if (names.length === 0) {
    return { databases: [], schemas: [], tables: [], dependencies: [] };
  }
  const params = [names];
  const tableRows = await selectRows<TableData>(client, tablesQuery, params);
  const partitioned = await selectRows<{ db: string; name: string }>(
    client,
    partitionedTablesQuery,
    params,
  );
  const columns = await selectRows<ColumnData>(client, columnsQuery, params);
  const keys = await selectRows<KeyData>(client, keysQuery, params);
  const views = await selectRows<ViewData>(client, viewsQuery, params);

  const definitions = new Map(
    views.flatMap(v =>
      v.definition ? [[idOf(v.db, v.name), v.definition] as const] : [],
    ),
  );
  const partitionedIds = new Set(partitioned.map(p => idOf(p.db, p.name)));
  const tables = assembleTables(
    tableRows.map(row => toTableRow(row, partitionedIds, definitions)),
    columns.map(
      (row): ColumnRow => ({
        tableId: idOf(row.db, row.table_name),
        name: row.name,
        ordinal: Number(row.ordinal),
        dataType: row.data_type,
        nullable: row.is_nullable === 'YES',
        defaultValue: columnDefault(row),
        comment: optional(row.comment),
      }),
    ),
    keys.map(toKeyRow),
  );
  const index = new TableIndex(tables, 'mysql');
  const known = new Set(tables.map(tableKeyId));
  const dependencies = (
    await readViewDependencies(client, names, views, index)
  ).filter(dep => known.has(tableKeyId(dep.reads)));
  const sizeOf = (db: string) =>
    tables
      .filter(t => t.database === db)
      .reduce((sum, t) => sum + (t.sizeBytes ?? 0), 0);
  return {
    databases: names.map(name => ({ name, sizeBytes: sizeOf(name) })),
    schemas: names.map(name => ({ database: name, name })),
    tables,
    dependencies,
  };
}
