import {
  ConnectorContext,
  SnapshotContext,
  SourceSnapshot,
  TableKey,
  TableSample,
} from '@internal/plugin-data-catalog-node';
import { readEachDatabase } from '../snapshotAssembly';
import { connectableDatabasesQuery } from './catalogQueries';
import {
  excludedSchemas,
  maintenanceDatabase,
  quotePgIdentifier,
  sampleStatementTimeoutMs,
  withPostgres,
} from './postgresClient';
import { readPostgresDatabase } from './readPostgresDatabase';
import { openPostgresProbe } from './postgresProbe';
import { SqlConnector } from '../SqlConnector';

/** PostgreSQL: one connection and a few bulk catalog queries per database. */
export class PostgresConnector extends SqlConnector {
  readonly platform = 'postgresql';
  protected readonly openProbe = openPostgresProbe;

  async readSnapshot(context: SnapshotContext): Promise<SourceSnapshot> {
    const { connection, logger, signal, collectQueries } = context;
    const names = connection.databases?.length
      ? connection.databases
      : await withPostgres(connection, maintenanceDatabase, async client =>
          (
            await client.query(connectableDatabasesQuery)
          ).rows.map(row => row.name as string),
        );
    const excluded = excludedSchemas(connection);
    return readEachDatabase(
      names,
      name =>
        readPostgresDatabase(connection, name, {
          excluded,
          collectQueries,
          logger,
        }),
      { logger, signal },
    );
  }

  async sampleTable(
    { connection }: ConnectorContext,
    table: TableKey,
    limit: number,
  ): Promise<TableSample> {
    const from = `${quotePgIdentifier(table.schema)}.${quotePgIdentifier(
      table.name,
    )}`;
    return withPostgres(
      connection,
      table.database,
      async client => {
        const result = await client.query({
          text: `SELECT * FROM ${from} LIMIT $1`,
          values: [limit],
          rowMode: 'array',
        });
        return {
          columns: result.fields.map(field => field.name),
          rows: result.rows,
        };
      },
      sampleStatementTimeoutMs,
    );
  }
}
