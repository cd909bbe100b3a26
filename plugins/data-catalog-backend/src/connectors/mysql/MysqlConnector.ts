import {
  ConnectorContext,
  SnapshotContext,
  SourceSnapshot,
  TableKey,
  TableSample,
} from '@internal/plugin-data-catalog-node';
import { databasesToRead } from './databasesToRead';
import {
  quoteMysqlIdentifier,
  sampleQueryTimeoutMs,
  withMysql,
} from './mysqlConnection';
import { readMysqlCatalog } from './readMysqlCatalog';
import { readStatementDigests } from './readStatementDigests';
import { openMysqlProbe } from './mysqlProbe';
import { SqlConnector } from '../SqlConnector';

/**
 * MySQL and MariaDB: one server connection and one information_schema
 * query per kind of object for all databases. A database is also the
 * schema level (database = schema = the MySQL database).
 */
export class MysqlConnector extends SqlConnector {
  readonly platform = 'mysql';
  protected readonly openProbe = openMysqlProbe;

  async readSnapshot(context: SnapshotContext): Promise<SourceSnapshot> {
    const { connection, logger, signal, collectQueries } = context;
    return withMysql(connection, async client => {
      const { readable, missing } = await databasesToRead(client, connection);
      signal?.throwIfAborted();
      const catalog = await readMysqlCatalog(client, readable);
      return {
        ...catalog,
        queries: collectQueries
          ? await readStatementDigests(client, catalog.tables, logger)
          : undefined,
        unreadDatabases: missing.map(name => ({
          name,
          error: `Database ${name} does not exist or is not visible to ${connection.user}`,
        })),
      };
    });
  }

  async sampleTable(
    { connection }: ConnectorContext,
    table: TableKey,
    limit: number,
  ): Promise<TableSample> {
    const from = `${quoteMysqlIdentifier(
      table.database,
    )}.${quoteMysqlIdentifier(table.name)}`;
    return withMysql(connection, async client => {
      const [rows, fields] = await client.query({
        sql: `SELECT * FROM ${from} LIMIT ?`,
        values: [limit],
        rowsAsArray: true,
        timeout: sampleQueryTimeoutMs,
      });
      return {
        columns: fields.map(field => field.name),
        rows: rows as unknown[][],
      };
    });
  }
}
