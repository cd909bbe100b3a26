import { describeOnBothDatabases } from '@internal/testing';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runToEnd, shellNode } from './__testUtils__/executionTest';
import {
  alice,
  edge,
  lineageTestSetUp,
  loadNode,
  loadPublishGraph,
  publishNode,
  RAW,
  trigger,
} from './__testUtils__/lineageTest';
import { RunLineageRecorder } from './runLineage';

describeOnBothDatabases('run lineage', databases => {
  const setUp = lineageTestSetUp(databases);

  it.each(databases.eachSupportedId())(
    'loads name@latest, publishes a real version and records the edges on %p',
    async id => {
      const t = await setUp(id);
      const pipeline = await t.pipeline(loadPublishGraph('raw@latest'));
      const started = await t.execution.launcher.start(t.workspace, {
        pipelineId: pipeline.id,
        trigger,
      });
      // Resolved when the run started: a version registered later is not read.
      await t.register('v1.csv');
      const run = await t.waitForRun(started.id);
      expect(run.state).toBe('SUCCEEDED');
      const tasks = await t.tasksOf(run.id);
      expect(tasks.load).toMatchObject({ dataset_id: t.raw.id });
      expect(Number(tasks.load.dataset_version)).toBe(2);
      await t.waitForLineage(run.id);

      const [written] = await t.versions.list(t.features.id);
      expect(written).toMatchObject({
        version: 1,
        rowCount: 6,
        sizeBytes: Buffer.byteLength(RAW),
        hash: `sha256:${createHash('sha256').update(RAW).digest('hex')}`,
        sourceRunId: run.id,
        schema: [
          { name: 'x', type: 'integer', nullable: false },
          { name: 'y', type: 'integer', nullable: false },
        ],
      });
      const runNode = {
        entityRef: `component:default/ai-ops-pipeline-ml-${pipeline.name}`,
        column: `run:${run.id}`,
      };
      expect(t.lineage.edges).toEqual([
        {
          from: {
            entityRef: 'resource:default/ai-ops-dataset-ml-raw',
            column: 'version:2',
          },
          to: runNode,
          type: 'reads',
          source: 'pipeline',
        },
        {
          from: runNode,
          to: {
            entityRef: 'resource:default/ai-ops-dataset-ml-features',
            column: 'version:1',
          },
          type: 'writes',
          source: 'pipeline',
        },
      ]);

      // A backend died while recording (a stale claim): the sweep records
      // the run again, without a second version or edge.
      await t
        .knex('runs')
        .where({ id: run.id })
        .update({ lineage_recorded_at: null, lineage_claimed_at: new Date(0) });
      const recorder = new RunLineageRecorder(t.context);
      await recorder.sweep();
      expect(
        (await t.knex('runs').where({ id: run.id }).first())
          .lineage_recorded_at,
      ).toBeTruthy();
      expect(await t.versions.list(t.features.id)).toHaveLength(1);
      expect(t.lineage.edges).toHaveLength(2);
      expect(await recorder.record(run.id)).toBe(false);

      // A run that named no dataset is marked recorded without a record.
      const plain = await runToEnd(
        t,
        (
          await t.pipeline({ nodes: [shellNode('a', 'true')], edges: [] })
        ).id,
      );
      await t
        .knex('runs')
        .where({ id: plain.id })
        .update({ lineage_recorded_at: null });
      await recorder.sweep();
      expect(
        (await t.knex('runs').where({ id: plain.id }).first())
          .lineage_recorded_at,
      ).toBeTruthy();
      expect(t.lineage.edges).toHaveLength(2);
    },
  );

  it.each(databases.eachSupportedId())(
    'records what a failed run published, and a re-run from failed adds no version on %p',
    async id => {
      const t = await setUp(id);
      const marker = path.join(
        fs.mkdtempSync(path.join(os.tmpdir(), 'ai-ops-marker-')),
        'tried',
      );
      const pipeline = await t.pipeline({
        nodes: [
          loadNode('raw@1'),
          publishNode,
          shellNode(
            'check',
            `if [ -f ${marker} ]; then echo ok; else touch ${marker}; exit 3; fi`,
          ),
        ],
        edges: [
          edge('load', 'data', 'publish', 'data'),
          edge('publish', 'data', 'check', 'in'),
        ],
      });
      const failed = await runToEnd(t, pipeline.id);
      expect(failed.state).toBe('FAILED');
      await t.waitForLineage(failed.id);
      expect(await t.versions.list(t.features.id)).toEqual([
        expect.objectContaining({
          version: 1,
          rowCount: 1,
          sourceRunId: failed.id,
        }),
      ]);

      const rerun = await t.execution.launcher.rerun(
        t.workspace,
        failed,
        alice,
        true,
      );
      const second = await t.waitForRun(rerun.id);
      expect(second.state).toBe('SUCCEEDED');
      await t.waitForLineage(second.id);
      expect(await t.versions.list(t.features.id)).toHaveLength(1);
      const writes = t.lineage.edges.filter(e => e.type === 'writes');
      expect(writes).toHaveLength(1);
      expect(writes[0].from.column).toBe(`run:${failed.id}`);
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses a run naming a missing dataset or version, starting nothing, on %p',
    async id => {
      const t = await setUp(id);
      const start = async (dataset: string) =>
        t.execution.launcher.start(t.workspace, {
          pipelineId: (await t.pipeline(loadPublishGraph(dataset))).id,
          trigger,
        });
      await expect(start('raw@7')).rejects.toThrow(
        "graph.nodes[load].config.dataset: dataset 'raw' has no version 7",
      );
      await expect(start('nope@latest')).rejects.toThrow(
        "graph.nodes[load].config.dataset: no dataset 'nope' in workspace 'ml'",
      );
      expect(await t.knex('runs')).toHaveLength(0);
    },
  );
});
