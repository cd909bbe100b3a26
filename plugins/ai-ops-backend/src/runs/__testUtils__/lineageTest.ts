import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { stopAfterEach } from '../../__testUtils__/stopAfterEach';
import { csv, rowsOf } from '../../data/__testUtils__/dataFiles';
import {
  ConnectionStore,
  NewConnection,
} from '../../data/connections/ConnectionStore';
import { DatasetStore } from '../../data/datasets/DatasetStore';
import { DatasetVersionStore } from '../../data/datasets/DatasetVersionStore';
import { registerDatasetVersion } from '../../data/datasets/registerDatasetVersion';
import { setUpExecution } from './executionTest';

export const alice = 'user:default/alice';
export const trigger = { type: 'manual' as const, initiator: alice };
/** Version 2 of `raw`; version 1 is one row. */
export const RAW = csv(
  ['x', 'y'],
  rowsOf(6, i => [i, i * 2]),
);
/** The files of `sales`, partitioned by year: 7 rows in 2 data files. */
export const PARTITIONED_SALES: Record<string, string> = {
  'sales/year=2025/part-0.csv': csv(
    ['id', 'v'],
    rowsOf(3, i => [i, i]),
  ),
  'sales/year=2026/part-0.csv': csv(
    ['id', 'v'],
    rowsOf(4, i => [i, i]),
  ),
  'sales/year=2026/_SUCCESS': '',
};

export const loadNode = (dataset: string) => ({
  id: 'load',
  type: 'data.load',
  typeVersion: 2,
  config: { dataset },
});
export const publishNode = {
  id: 'publish',
  type: 'data.publish',
  typeVersion: 1,
  config: { dataset: 'features', description: 'copied' },
};
export const edge = (
  from: string,
  output: string,
  to: string,
  input: string,
) => ({ from: { node: from, output }, to: { node: to, input } });
/** `data.load` of `raw@<version>` → `data.publish` to `features`. */
export const loadPublishGraph = (dataset: string) => ({
  nodes: [loadNode(dataset), publishNode],
  edges: [edge('load', 'data', 'publish', 'data')],
});

/**
 * The execution engine (setUpExecution) with the datasets `raw` (two
 * versions in the object store) and `features` (none) in `ml`.
 */
export async function setUpLineageTest(
  t: Awaited<ReturnType<typeof setUpExecution>>,
) {
  const datasets = new DatasetStore(t.knex);
  const input = { format: 'csv' as const, owner: alice, tags: [] };
  const raw = await datasets.create(
    t.workspace,
    { ...input, name: 'raw' },
    alice,
  );
  const features = await datasets.create(
    t.workspace,
    { ...input, name: 'features' },
    alice,
  );
  await t.context.objectStore.put('workspaces/ml/raw/v1.csv', 'x,y\n9,9\n');
  await t.context.objectStore.put('workspaces/ml/raw/v2.csv', RAW);
  const register = (file: string) =>
    registerDatasetVersion(
      t.context,
      t.workspace,
      raw,
      { path: `raw/${file}` },
      alice,
    );
  await register('v1.csv');
  await register('v2.csv');
  /** Waits until the run's lineage is recorded; the run's row. */
  const waitForLineage = async (runId: string) => {
    for (let i = 0; i < 200; i++) {
      const run = await t.knex('runs').where({ id: runId }).first();
      if (run.lineage_recorded_at) return run;
      await new Promise(r => setTimeout(r, 50));
    }
    throw new Error(`The lineage of run ${runId} was not recorded`);
  };
  return {
    ...t,
    raw,
    features,
    register,
    versions: new DatasetVersionStore(t.knex),
    waitForLineage,
  };
}

/**
 * `setUp(id)` for the lineage tests of a describe block: each test's
 * execution engine is stopped after it.
 */
export function lineageTestSetUp(databases: TestDatabases) {
  const stopLater = stopAfterEach();
  return async (id: TestDatabaseId) => {
    const t = await setUpExecution(await databases.init(id));
    stopLater(t.stop);
    return setUpLineageTest(t);
  };
}

/**
 * The CSV dataset `name` read through a new `connection`, with its first
 * version registered at `uri`.
 */
export async function connectedDataset(
  t: Awaited<ReturnType<typeof setUpExecution>>,
  name: string,
  connection: Omit<NewConnection, 'owner'>,
  uri: string,
) {
  const { id: connectionId } = await new ConnectionStore(t.knex).create(
    t.workspace,
    { ...connection, owner: alice },
    alice,
  );
  const dataset = await new DatasetStore(t.knex).create(
    t.workspace,
    { name, format: 'csv', connectionId, owner: alice, tags: [] },
    alice,
  );
  const version = await registerDatasetVersion(
    t.context,
    t.workspace,
    dataset,
    { uri },
    alice,
  );
  return { dataset, version };
}
