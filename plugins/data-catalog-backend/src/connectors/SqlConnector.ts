import {
  ConnectionStep,
  DataPlatform,
} from '@internal/plugin-data-catalog-common';
import {
  ConnectorContext,
  DataSourceConnector,
  ResolvedConnection,
  SnapshotContext,
  SourceSnapshot,
  TableKey,
  TableSample,
} from '@internal/plugin-data-catalog-node';
import { ConnectionProbe, testConnectionWith } from './connectionSteps';

/**
 * The base of the built-in connectors: a connection test runs the same
 * steps on every platform, counting through the probe the platform opens.
 */
export abstract class SqlConnector implements DataSourceConnector {
  abstract readonly platform: DataPlatform;
  /** Connects, ready to count what each later step checks. */
  protected abstract readonly openProbe: (
    connection: ResolvedConnection,
  ) => Promise<ConnectionProbe>;

  abstract readSnapshot(context: SnapshotContext): Promise<SourceSnapshot>;
  abstract sampleTable(
    context: ConnectorContext,
    table: TableKey,
    limit: number,
  ): Promise<TableSample>;

  testConnection({ connection }: ConnectorContext): Promise<ConnectionStep[]> {
    return testConnectionWith(() => this.openProbe(connection));
  }
}
