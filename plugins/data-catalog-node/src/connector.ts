import { LoggerService } from '@backstage/backend-plugin-api';
import {
  ConnectionStep,
  DataPlatform,
  SourceConnection,
} from '@internal/plugin-data-catalog-common';
import { SourceSnapshot, TableKey, TableSample } from './snapshot';

/** A source's connection with its secret resolved, for one read only. */
export type ResolvedConnection = SourceConnection & { password?: string };

export type ConnectorContext = {
  connection: ResolvedConnection;
  logger: LoggerService;
  /** Abort when the sync is cancelled or the backend stops. */
  signal?: AbortSignal;
};

/** A snapshot read; query history is collected only when asked. */
export type SnapshotContext = ConnectorContext & { collectQueries: boolean };

/**
 * Reads one platform's metadata. The data-catalog backend ships
 * `postgresql` and `mysql` (MySQL and MariaDB); modules add more through
 * `dataCatalogConnectorsExtensionPoint`.
 */
export interface DataSourceConnector {
  readonly platform: DataPlatform;
  /** Runs connect, databases, schemas, tables, views, queries in order. */
  testConnection(context: ConnectorContext): Promise<ConnectionStep[]>;
  /** One consistent read of every database the connection may see. */
  readSnapshot(context: SnapshotContext): Promise<SourceSnapshot>;
  /** Up to `limit` rows of a table for profiling. */
  sampleTable(
    context: ConnectorContext,
    table: TableKey,
    limit: number,
  ): Promise<TableSample>;
}
