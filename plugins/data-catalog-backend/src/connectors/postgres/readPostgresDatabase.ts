import { LoggerService } from '@backstage/backend-plugin-api';
import {
  ResolvedConnection,
  TableSnapshot,
} from '@internal/plugin-data-catalog-node';
import { Client } from 'pg';
import {
  assembleTables,
  ColumnRow,
  DatabaseRead,
  KeyRow,
  optional,
  optionalNumber,
  TableRow,
} from '../snapshotAssembly';
import {
  columnsQuery,
  databaseQuery,
  keysQuery,
  relationSizesQuery,
  relationsQuery,
  schemasQuery,
  viewDependenciesQuery,
} from './catalogQueries';
import { withPostgres } from './postgresClient';
import { readStatements } from './readStatements';

const kindByRelkind: Record<string, TableSnapshot['kind']> = {
  r: 'table',
  p: 'partitioned-table',
  v: 'view',
  m: 'materialized-view',
  f: 'foreign-table',
};

type RelationRow = {
  id: string;
  schema: string;
  name: string;
  relkind: string;
  is_partition: boolean;
  comment: string | null;
  reltuples: number | null;
  last_analyzed_at: Date | null;
  view_definition: string | null;
  parent_schema: string | null;
  parent_name: string | null;
};

type ColumnDataRow = {
  table_id: string;
  name: string;
  ordinal: number;
  data_type: string;
  nullable: boolean;
  default_value: string | null;
  comment: string | null;
};

type ConstraintRow = {
  table_id: string;
  type: 'p' | 'f';
  constraint_name: string;
  column_name: string;
  ref_schema: string;
  ref_table: string;
  ref_column: string;
};

function toTableRow(
  database: string,
  row: RelationRow,
  sizes: Map<string, number>,
): TableRow {
  const partitionOf =
    row.is_partition && row.parent_schema && row.parent_name
      ? { database, schema: row.parent_schema, name: row.parent_name }
      : undefined;
  return {
    id: row.id,
    database,
    schema: row.schema,
    name: row.name,
    kind: partitionOf ? 'partition' : kindByRelkind[row.relkind],
    comment: optional(row.comment),
    // -1 means never analysed: unknown, not empty.
    rowEstimate:
      row.reltuples !== null && row.reltuples >= 0 ? row.reltuples : undefined,
    sizeBytes: sizes.get(row.id),
    lastAnalyzedAt: row.last_analyzed_at ?? undefined,
    partitionOf,
    viewDefinition: optional(row.view_definition),
  };
}

function toColumnRow(row: ColumnDataRow): ColumnRow {
  return {
    tableId: row.table_id,
    name: row.name,
    ordinal: row.ordinal,
    dataType: row.data_type,
    nullable: row.nullable,
    defaultValue: optional(row.default_value),
    comment: optional(row.comment),
  };
}

function toKeyRow(database: string, row: ConstraintRow): KeyRow {
  return {
    tableId: row.table_id,
    column: row.column_name,
    primaryKey: row.type === 'p',
    foreignKey:
      row.type === 'f'
        ? {
            constraint: row.constraint_name,
            database,
            schema: row.ref_schema,
            table: row.ref_table,
            column: row.ref_column,
          }
        : undefined,
  };
}

type ReadOptions = {
  excluded: string[];
  collectQueries: boolean;
  logger: LoggerService;
};

/**
 * The catalog of the database `client` is connected to, in a read-only
 * repeatable-read transaction so every bulk query sees the same catalog
 * even while DDL runs.
 */
async function readCatalog(client: Client, options: ReadOptions) {
  const params = [options.excluded];
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  const [databaseRow] = (await client.query(databaseQuery)).rows;
  const schemas = (await client.query(schemasQuery, params)).rows;
  const relations = await client.query<RelationRow>(relationsQuery, params);
  const columns = await client.query<ColumnDataRow>(columnsQuery, params);
  const keys = await client.query<ConstraintRow>(keysQuery, params);
  const dependencies = await client.query(viewDependenciesQuery, params);
  await client.query('COMMIT');
  return {
    databaseRow,
    schemas,
    relations: relations.rows,
    columns: columns.rows,
    keys: keys.rows,
    dependencies: dependencies.rows,
  };
}

async function readSizes(client: Client, options: ReadOptions) {
  const { rows } = await client.query<{ id: string; size_bytes: number }>(
    relationSizesQuery,
    [options.excluded],
  );
  return new Map(rows.map(row => [row.id, row.size_bytes]));
}

/** Reads one database: the catalog and, in parallel, relation sizes. */
export async function readPostgresDatabase(
  connection: ResolvedConnection,
  name: string,
  options: ReadOptions,
): Promise<DatabaseRead> {
  const [sizes, catalog] = await Promise.all([
    withPostgres(connection, name, client => readSizes(client, options)),
    withPostgres(connection, name, async client => {
      const read = await readCatalog(client, options);
      const database: string = read.databaseRow.name;
      const queries = options.collectQueries
        ? await readStatements(
            client,
            database,
            read.relations.map(row => ({ database, ...row })),
            options.logger,
          )
        : undefined;
      return { ...read, database, queries };
    }),
  ]);
  const { database, databaseRow } = catalog;
  return {
    database: {
      name: database,
      comment: optional(databaseRow.comment),
      sizeBytes: optionalNumber(databaseRow.size_bytes),
    },
    schemas: catalog.schemas.map(row => ({
      database,
      name: row.name,
      comment: optional(row.comment),
    })),
    tables: assembleTables(
      catalog.relations.map(row => toTableRow(database, row, sizes)),
      catalog.columns.map(toColumnRow),
      catalog.keys.map(row => toKeyRow(database, row)),
    ),
    dependencies: catalog.dependencies.map(row => ({
      view: { database, schema: row.view_schema, name: row.view_name },
      reads: { database, schema: row.schema, name: row.name },
    })),
    queries: catalog.queries,
  };
}
