import {
  ConnectorContext,
  DataSourceConnector,
  SourceSnapshot,
  TableKey,
  TableSample,
} from '@internal/plugin-data-catalog-node';
import { runConnectionSteps } from '../connectionSteps';
import { DatabaseRead, readEachDatabase } from '../snapshotAssembly';
import { readSqliteCatalog } from './readSqliteCatalog';
import {
  quoteSqliteIdentifier,
  sqliteDatabaseName,
  withSqlite,
} from './sqliteDatabase';

/**
 * SQLite files, above all the embedded demo warehouse. `connection.host`
 * is the file path (the port is ignored); the file is opened read-only and
 * is one database with the single schema `main`.
 */
export class SqliteConnector implements DataSourceConnector {
  readonly platform = 'sqlite';

  async testConnection({ connection }: ConnectorContext) {
    const file = connection.host;
    // Reading a SQLite file is as cheap as counting: connect reads it all.
    let read: DatabaseRead | undefined;
    const count = (kind: string) => ({
      count: read!.tables.filter(t => t.kind === kind).length,
    });
    return runConnectionSteps([
      [
        'connect',
        async () => {
          read = await withSqlite(file, db =>
            readSqliteCatalog(db, file, sqliteDatabaseName(file)),
          );
        },
      ],
      ['databases', async () => ({ count: 1 })],
      ['schemas', async () => ({ count: read!.schemas.length })],
      ['tables', async () => count('table')],
      ['views', async () => count('view')],
      [
        'queries',
        async () => ({
          skipped: true,
          detail: 'SQLite keeps no query history',
        }),
      ],
    ]);
  }

  async readSnapshot(
    context: ConnectorContext & { collectQueries: boolean },
  ): Promise<SourceSnapshot> {
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
