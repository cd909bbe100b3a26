import {
  aiOpsDatasetReadPermission,
  aiOpsRunReadPermission,
} from '@internal/plugin-ai-ops-common';
import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { stopAfterEach } from '../__testUtils__/stopAfterEach';
import {
  asUser,
  createTestApp,
  workspaceCondition,
} from '../__testUtils__/testContext';
import { setUpExecution } from './__testUtils__/executionTest';
import {
  loadPublishGraph,
  setUpLineageTest,
  trigger,
} from './__testUtils__/lineageTest';

const alice = asUser('user:default/alice');

describeOnBothDatabases('run lineage routes', databases => {
  const stopLater = stopAfterEach();

  it.each(databases.eachSupportedId())(
    'answers a run’s inputs and outputs and a version’s runs, with both read permissions, on %p',
    async id => {
      const t = await setUpLineageTest(
        await setUpExecution(await databases.init(id)),
      );
      stopLater(t.stop);
      for (const permission of [
        aiOpsRunReadPermission,
        aiOpsDatasetReadPermission,
      ]) {
        t.grants[permission.name] = workspaceCondition('member', [
          'user:default/alice',
        ]);
      }
      const app = createTestApp(t.execution.router);
      const pipeline = await t.pipeline(loadPublishGraph('raw@2'));
      const started = await t.execution.launcher.start(t.workspace, {
        pipelineId: pipeline.id,
        trigger,
      });
      await t.waitForRun(started.id);
      await t.waitForLineage(started.id);
      const runLineage = `/workspaces/ml/runs/${started.id}/lineage`;

      const answer = await request(app).get(runLineage).set(alice).expect(200);
      expect(answer.body).toEqual({
        runId: started.id,
        inputs: [{ datasetId: t.raw.id, dataset: 'raw', version: 2 }],
        outputs: [
          { datasetId: t.features.id, dataset: 'features', version: 1 },
        ],
        recordedAt: expect.any(String),
      });
      const run = {
        runId: started.id,
        runNumber: 1,
        pipelineId: pipeline.id,
        pipelineName: pipeline.name,
        state: 'SUCCEEDED',
        createdAt: expect.any(String),
      };
      const read = await request(app)
        .get('/workspaces/ml/datasets/raw/versions/2/runs')
        .set(alice)
        .expect(200);
      expect(read.body).toEqual({ readBy: [run] });
      const produced = await request(app)
        .get('/workspaces/ml/datasets/features/versions/1/runs')
        .set(alice)
        .expect(200);
      expect(produced.body).toEqual({ producedBy: run, readBy: [] });
      expect(
        (
          await request(app)
            .get('/workspaces/ml/datasets/raw/versions/1/runs')
            .set(alice)
            .expect(200)
        ).body,
      ).toEqual({ readBy: [] });

      await request(app).get(runLineage).expect(401);
      await request(app)
        .get('/workspaces/ml/datasets/raw/versions/0/runs')
        .set(alice)
        .expect(400);
      await request(app)
        .get('/workspaces/ml/datasets/raw/versions/9/runs')
        .set(alice)
        .expect(404);
      await request(app)
        .get('/workspaces/ml/runs/00000000-0000-4000-8000-000000000000/lineage')
        .set(alice)
        .expect(404);
      // Run read alone is not enough to see datasets, nor the reverse.
      delete t.grants[aiOpsDatasetReadPermission.name];
      await request(app).get(runLineage).set(alice).expect(403);
      await request(app)
        .get('/workspaces/ml/datasets/raw/versions/2/runs')
        .set(alice)
        .expect(403);
    },
  );
});
