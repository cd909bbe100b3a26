import { Knex } from 'knex';
import { stat } from 'node:fs/promises';
import {
  assembleTables,
  ColumnRow,
  DatabaseRead,
  KeyRow,
  optional,
} from '../snapshotAssembly';
import { TableIndex } from '../TableIndex';
import { quoteSqliteIdentifier, sqliteSchema } from './sqliteDatabase';

// SQLite's own tables (sqlite_sequence, sqlite_stat1) are not data.
const userObjects = `m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`;

type ObjectRow = { type: 'table' | 'view'; name: string; sql: string };
type ColumnInfo = {
  table_name: string;
  cid: number;
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
};
type ForeignKeyInfo = {
  table_name: string;
  id: number;
  seq: number;
  ref_table: string;
  column_name: string;
  ref_column: string | null;
};

/**
 * SQLite names no foreign key constraints and lets a reference omit the
 * column (meaning the referenced primary key); both are filled in here.
 */
function toKeyRows(
  database: string,
  columns: ColumnInfo[],
  foreignKeys: ForeignKeyInfo[],
): KeyRow[] {
  const primaryKeyOf = (table: string) =>
    columns
      .filter(c => c.table_name === table && c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map(c => c.name);
  const primary = columns
    .filter(c => c.pk > 0)
    .map(c => ({ tableId: c.table_name, column: c.name, primaryKey: true }));
  // Named like PostgreSQL names them: table, first column, `fkey`.
  const firstColumn = new Map(
    foreignKeys
      .filter(fk => fk.seq === 0)
      .map(fk => [`${fk.table_name}\u0000${fk.id}`, fk.column_name]),
  );
  const foreign = foreignKeys.map(fk => ({
    tableId: fk.table_name,
    column: fk.column_name,
    primaryKey: false,
    foreignKey: {
      constraint: `${fk.table_name}_${firstColumn.get(
        `${fk.table_name}\u0000${fk.id}`,
      )}_fkey`,
      database,
      schema: sqliteSchema,
      table: fk.ref_table,
      column: fk.ref_column ?? primaryKeyOf(fk.ref_table)[fk.seq],
    },
  }));
  return [...primary, ...foreign];
}

/** Exact counts: SQLite sources are small demo or test files. */
async function countRows(db: Knex, table: string): Promise<number> {
  const [{ count }] = await db.raw(
    `SELECT count(*) AS count FROM ${quoteSqliteIdentifier(table)}`,
  );
  return Number(count);
}

/**
 * Reads a SQLite file: tables and views from sqlite_master, columns and
 * keys from the table-valued pragmas in one query each, exact row counts
 * (SQLite sources are small) and view dependencies from the view SQL.
 */
export async function readSqliteCatalog(
  db: Knex,
  filename: string,
  database: string,
): Promise<DatabaseRead> {
  const objects: ObjectRow[] = await db.raw(
    `SELECT m.type, m.name, m.sql FROM sqlite_master m WHERE ${userObjects} ORDER BY m.name`,
  );
  const columns: ColumnInfo[] = await db.raw(
    `SELECT m.name AS table_name, p.cid, p.name, p.type, p."notnull", p.dflt_value, p.pk
     FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE ${userObjects}`,
  );
  const foreignKeys: ForeignKeyInfo[] = await db.raw(
    `SELECT m.name AS table_name, f.id, f.seq, f."table" AS ref_table,
       f."from" AS column_name, f."to" AS ref_column
     FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
     WHERE ${userObjects} ORDER BY m.name, f.id, f.seq`,
  );
  const tables = [];
  for (const object of objects) {
    const isView = object.type === 'view';
    tables.push({
      id: object.name,
      database,
      schema: sqliteSchema,
      name: object.name,
      kind: isView ? ('view' as const) : ('table' as const),
      rowEstimate: isView ? undefined : await countRows(db, object.name),
      viewDefinition: isView ? object.sql : undefined,
    });
  }
  const snapshotTables = assembleTables(
    tables,
    columns.map(
      (c): ColumnRow => ({
        tableId: c.table_name,
        name: c.name,
        ordinal: c.cid + 1,
        dataType: c.type || 'ANY',
        // A primary key column is never null, whatever SQLite's quirks allow.
        nullable: c.notnull === 0 && c.pk === 0,
        defaultValue: optional(c.dflt_value),
      }),
    ),
    toKeyRows(database, columns, foreignKeys),
  );
  // SQLite quotes like PostgreSQL and has no backslash escapes.
  const index = new TableIndex(snapshotTables, 'postgresql');
  return {
    database: { name: database, sizeBytes: (await stat(filename)).size },
    schemas: [{ database, name: sqliteSchema }],
    tables: snapshotTables,
    dependencies: snapshotTables
      .filter(t => t.viewDefinition)
      .flatMap(view =>
        index
          .resolve(view.viewDefinition!, { defaultSchemas: [sqliteSchema] })
          .filter(table => table.name !== view.name)
          .map(reads => ({
            view: { database, schema: sqliteSchema, name: view.name },
            reads,
          })),
      ),
  };
}
