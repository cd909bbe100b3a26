import {
  ConnectorContext,
  ResolvedConnection,
  SnapshotContext,
  SourceSnapshot,
  TableKey,
  TableSample,
} from '@internal/plugin-data-catalog-node';
import { ConnectionProbe } from '../connectionSteps';
import { SqlConnector } from '../SqlConnector';
import { readEachDatabase } from '../snapshotAssembly';
import { readSqliteCatalog } from './readSqliteCatalog';
import {
  quoteSqliteIdentifier,
  sqliteDatabaseName,
  withSqlite,
} from './sqliteDatabase';

/** Reading a SQLite file is as cheap as counting: connect reads it all. */
async function openSqliteProbe({
  host: file,
}: ResolvedConnection): Promise<ConnectionProbe> {
  const read = await withSqlite(file, db =>
    readSqliteCatalog(db, file, sqliteDatabaseName(file)),
  );
  const count = async (kind: string) =>
    read.tables.filter(t => t.kind === kind).length;
  return {
    databases: async () => 1,
    schemas: async () => read.schemas.length,
    tables: () => count('table'),
    views: () => count('view'),
    queries: async () => ({
      skipped: true,
      detail: 'SQLite keeps no query history',
    }),
    close: async () => {},
  };
}

/**
 * SQLite files, above all the embedded demo warehouse. `connection.host`
 * is the file path (the port is ignored); the file is opened read-only and
 * is one database with the single schema `main`.
 */
export class SqliteConnector extends SqlConnector {
  readonly platform = 'sqlite';
  protected readonly openProbe = openSqliteProbe;

  async readSnapshot(context: SnapshotContext): Promise<SourceSnapshot> {
    const file = context.connection.host;
    // A file that cannot be opened is an unread database, not an empty one.
    return readEachDatabase(
      [sqliteDatabaseName(file)],
      name => withSqlite(file, db => readSqliteCatalog(db, file, name)),
      context,
    );
  }

  async sampleTable(
    { connection }: ConnectorContext,
    table: TableKey,
    limit: number,
  ): Promise<TableSample> {
    return withSqlite(connection.host, async db => {
      const columns: { name: string }[] = await db.raw(
        'SELECT name FROM pragma_table_info(?) ORDER BY cid',
        [table.name],
      );
      const rows: Record<string, unknown>[] = await db.raw(
        `SELECT * FROM ${quoteSqliteIdentifier(table.name)} LIMIT ?`,
        [limit],
      );
      const names = columns.map(c => c.name);
      return { columns: names, rows: rows.map(row => names.map(n => row[n])) };
    });
  }
}
