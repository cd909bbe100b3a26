import { TaskLaunch, TaskOutcome } from '@internal/plugin-ai-ops-node';
import { describeOnBothDatabases } from '@internal/testing';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { dataDirectory, writeFiles } from '../data/__testUtils__/dataFiles';
import { DatasetStore } from '../data/datasets/DatasetStore';
import { registerDatasetVersion } from '../data/datasets/registerDatasetVersion';
import { readRecords } from '../data/reading/readRecords';
import { objectKeys } from '../storage/objectKeys';
import { runToEnd } from './__testUtils__/executionTest';
import {
  alice,
  connectedDataset,
  lineageTestSetUp,
  loadNode,
  PARTITIONED_SALES,
  setUpLineageTest,
  trigger,
} from './__testUtils__/lineageTest';
import { DatasetStagingExecutor } from './DatasetStagingExecutor';

type Test = Awaited<ReturnType<typeof setUpLineageTest>>;

/** A `data.load` node with its own id. */
const load = (id: string, dataset: string) => ({ ...loadNode(dataset), id });

/** The records of an object of the test's store. */
async function recordsOf(t: Test, uri: string) {
  const records = [];
  const input = await t.context.objectStore.get(uri);
  for await (const record of readRecords(input, 'csv', uri)) {
    records.push(record);
  }
  return records;
}

const stagedUri = (t: Test, runId: string, node: string) =>
  t.context.objectStore.uriFor(objectKeys.stagedDataset('ml', runId, node));

/** A partitioned folder of CSV files under a file connection. */
async function partitionedSales(t: Test) {
  const directory = await dataDirectory();
  await writeFiles(directory, PARTITIONED_SALES);
  const { dataset: sales, version } = await connectedDataset(
    t,
    'sales',
    { name: 'files', type: 'file', config: { directory } },
    `${pathToFileURL(path.join(directory, 'sales')).href}/`,
  );
  return { directory, sales, version };
}

describeOnBothDatabases('data.load of any dataset version', databases => {
  const setUp = lineageTestSetUp(databases);

  it.each(databases.eachSupportedId())(
    'stages a partitioned folder and a JSONL version as one CSV, once per run and node, on %p',
    async id => {
      const t = await setUp(id);
      const { version } = await partitionedSales(t);
      expect(version).toMatchObject({ rowCount: 7, files: 2 });
      const events = await new DatasetStore(t.knex).create(
        t.workspace,
        { name: 'events', format: 'jsonl', owner: alice, tags: [] },
        alice,
      );
      await t.context.objectStore.put(
        'workspaces/ml/events/v1.jsonl',
        '{"id":1,"tags":["a","b"],"note":"x, \\"y\\""}\n{"id":2}\n',
      );
      await registerDatasetVersion(
        t.context,
        t.workspace,
        events,
        { path: 'events/v1.jsonl' },
        alice,
      );
      const pipeline = await t.pipeline({
        nodes: [
          load('sales', 'sales@latest'),
          load('events', 'events@1'),
          load('raw', 'raw@2'),
        ],
        edges: [],
      });
      const run = await runToEnd(t, pipeline.id);
      expect(run.state).toBe('SUCCEEDED');
      const tasks = await t.tasksOf(run.id);

      const staged = await recordsOf(t, stagedUri(t, run.id, 'sales'));
      expect(staged).toHaveLength(version.rowCount);
      expect(staged[3]).toEqual({ id: '0', v: '0' });
      const output = JSON.parse(tasks.sales.outputs).data.uri;
      expect(await recordsOf(t, output)).toEqual(staged);
      expect(await recordsOf(t, stagedUri(t, run.id, 'events'))).toEqual([
        { id: '1', tags: '["a","b"]', note: 'x, "y"' },
        { id: '2', tags: '', note: '' },
      ]);
      // A CSV object of the store is handed over as it is.
      expect(
        await t.context.objectStore.stat(stagedUri(t, run.id, 'raw')),
      ).toBeUndefined();
      // The lineage names the version, not the staged copy.
      expect(Number(tasks.sales.dataset_version)).toBe(1);
      await t.waitForLineage(run.id);
      expect(t.lineage.edges).toContainEqual(
        expect.objectContaining({
          from: {
            entityRef: 'resource:default/ai-ops-dataset-ml-sales',
            column: 'version:1',
          },
          type: 'reads',
        }),
      );

      // A retry reuses what the first attempt staged, without reading again.
      await t.context.objectStore.put(
        objectKeys.stagedDataset('ml', run.id, 'sales'),
        'id,v\n42,42\n',
      );
      const launched: TaskLaunch[] = [];
      const staging = new DatasetStagingExecutor(
        {
          id: 'recording',
          maxParallel: 1,
          launch: async task => {
            launched.push(task);
          },
          cancel: async () => {},
        },
        t.context,
      );
      const log: string[] = [];
      const outcomes: TaskOutcome[] = [];
      const attempt = (runId: string, node: string) =>
        staging.launch(
          {
            attemptId: `${runId}/${node}/2`,
            runId,
            taskId: tasks[node].id,
            nodeId: node,
            attempt: 2,
            workspace: 'ml',
            image: 'built-in',
            command: [],
            env: {},
            resources: { name: 'default', cpu: 1, memoryMiB: 256, gpu: 0 },
            inputs: { dataset: 'the version' },
            outputs: {},
          },
          {
            started: () => {},
            log: line => log.push(line),
            finished: outcome => outcomes.push(outcome),
          },
        );
      await attempt(run.id, 'sales');
      expect(outcomes).toEqual([]);
      expect(launched[0].inputs.dataset).toBe(stagedUri(t, run.id, 'sales'));
      expect(log.join('')).toMatch(/as staged by an earlier attempt/);
      expect(await recordsOf(t, stagedUri(t, run.id, 'sales'))).toEqual([
        { id: '42', v: '42' },
      ]);

      // Canceled while staging: the attempt ends CANCELED, nothing is staged.
      const canceled = attempt('other-run', 'events');
      await staging.cancel('other-run/events/2');
      await canceled;
      expect(outcomes).toEqual([
        expect.objectContaining({ state: 'CANCELED' }),
      ]);
      expect(launched).toHaveLength(1);
      expect(
        await t.context.objectStore.stat(stagedUri(t, 'other-run', 'events')),
      ).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'fails the task with its cause when staging fails, and refuses unreadable versions, on %p',
    async id => {
      const t = await setUp(id);
      const { directory, sales } = await partitionedSales(t);
      const pipeline = await t.pipeline({
        nodes: [load('sales', 'sales@1')],
        edges: [],
      });
      const runOnce = async () => {
        const run = await runToEnd(t, pipeline.id);
        return { run, task: (await t.tasksOf(run.id)).sales };
      };

      // The data changed since it was registered: not the version's data.
      await fs.appendFile(
        path.join(directory, 'sales/year=2026/part-0.csv'),
        '9,9\n',
      );
      const changed = await runOnce();
      expect(changed.run.state).toBe('FAILED');
      expect(changed.task).toMatchObject({
        state: 'FAILED',
        error_code: 'data-validation',
      });
      expect(changed.task.error_message).toMatch(
        /dataset 'sales' version 1 changed since it was registered: it has 8 rows, not 7/,
      );
      expect(
        await t.context.objectStore.stat(stagedUri(t, changed.run.id, 'sales')),
      ).toBeUndefined();

      // The files are gone: the platform's failure, not the data's.
      await fs.rm(path.join(directory, 'sales'), { recursive: true });
      const gone = await runOnce();
      expect(gone.task).toMatchObject({
        state: 'FAILED',
        error_code: 'runtime',
      });
      expect(gone.task.error_message).toMatch(/Could not stage/);

      // Without its connection nothing can read the version: a 400 at start.
      await new DatasetStore(t.knex).update(t.workspace, sales, {
        connectionId: null,
      });
      await expect(
        t.execution.launcher.start(t.workspace, {
          pipelineId: pipeline.id,
          trigger,
        }),
      ).rejects.toThrow(
        /graph.nodes\[sales\].config.dataset: data.load cannot read dataset 'sales': uri: file:.* the dataset has no connection/,
      );
    },
  );
});
