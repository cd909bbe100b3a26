import { mockServices } from '@backstage/backend-test-utils';
import {
  ConnectionStep,
  ConnectionStepName,
} from '@internal/plugin-data-catalog-common';
import {
  DataSourceConnector,
  ResolvedConnection,
  TableKey,
} from '@internal/plugin-data-catalog-node';

/** A column as a snapshot reports it; `extra` adds keys, comments, defaults. */
export const column = (
  name: string,
  ordinal: number,
  dataType: string,
  nullable: boolean,
  extra: object = {},
) => ({ name, ordinal, dataType, nullable, isPrimaryKey: false, ...extra });

/** The connector's three calls on a connection, with a mock logger. */
export function connectorCalls(connector: DataSourceConnector) {
  const logger = mockServices.logger.mock();
  return {
    test: (connection: ResolvedConnection) =>
      connector.testConnection({ connection, logger }),
    read: (connection: ResolvedConnection, collectQueries = false) =>
      connector.readSnapshot({ connection, logger, collectQueries }),
    sample: (connection: ResolvedConnection, table: TableKey, limit: number) =>
      connector.sampleTable({ connection, logger }, table, limit),
  };
}

const stepOrder: ConnectionStepName[] = [
  'connect',
  'databases',
  'schemas',
  'tables',
  'views',
  'queries',
];

/** Each step with its status and what it counted, e.g. `tables ok 4`. */
export function stepCounts(steps: ConnectionStep[]) {
  return steps.map(s => [s.step, s.status, s.count]);
}

/** How a connection test ended: each step's status, the failed one's error. */
export function outcome(steps: ConnectionStep[]) {
  return {
    statuses: steps.map(s => [s.step, s.status]),
    error: steps.find(s => s.status === 'failed')?.detail,
  };
}

/**
 * The outcome of a test that stopped at `failed` with an error containing
 * `message`: the steps before it passed and the rest were skipped.
 */
export function stoppedAt(failed: ConnectionStepName, message: string) {
  const at = stepOrder.indexOf(failed);
  return {
    statuses: stepOrder.map((step, index) => {
      if (index < at) return [step, 'ok'];
      return [step, index === at ? 'failed' : 'skipped'];
    }),
    error: expect.stringContaining(message),
  };
}

/** A database name the server does not have, to list among real ones. */
export const missingDatabase = 'dc_conn_missing';

/**
 * What a connector makes of a connection naming `missingDatabase` too: its
 * connection test, and what a snapshot read and left unread.
 */
export async function withMissingDatabase(
  calls: ReturnType<typeof connectorCalls>,
  connection: ResolvedConnection,
) {
  const snapshot = await calls.read(connection);
  return {
    test: outcome(await calls.test(connection)),
    read: snapshot.databases.map(d => d.name),
    tables: snapshot.tables.length,
    unread: snapshot.unreadDatabases,
  };
}

/**
 * The test fails at `databases` naming the missing one; a snapshot reads
 * the others (`tables` tables in `read`) and lists it as unread.
 */
export function missingDatabaseUnread(read: string[], tables: number) {
  return {
    test: stoppedAt('databases', missingDatabase),
    read,
    tables,
    unread: [
      {
        name: missingDatabase,
        error: expect.stringContaining('does not exist'),
      },
    ],
  };
}
