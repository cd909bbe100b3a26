import { validateGraph } from '@internal/plugin-ai-ops-common';
import { describeOnBothDatabases } from '@internal/testing';
import { stopAfterEach } from '../__testUtils__/stopAfterEach';
import { DatasetStore } from '../data/datasets/DatasetStore';
import { DatasetVersionStore } from '../data/datasets/DatasetVersionStore';
import { PipelineStore } from '../pipelines/PipelineStore';
import { setUpExecution } from '../runs/__testUtils__/executionTest';
import { WorkspaceStore } from '../tenancy/WorkspaceStore';
import { seedDemoContent } from './seedDemoContent';
import { DEMO_LINEAGE, seedDemoLineage } from './seedDemoLineage';

describeOnBothDatabases('seedDemoLineage', databases => {
  const stopLater = stopAfterEach();

  it.each(databases.eachSupportedId())(
    'seeds a pipeline that reads demand-history@1 and publishes demand-curated, once, on %p',
    async id => {
      const t = await setUpExecution(await databases.init(id), {}, 'other');
      stopLater(t.stop);
      await seedDemoContent(t.knex, t.context.logger);
      expect(await seedDemoLineage(t.context)).toBe(4);
      expect(await seedDemoLineage(t.context)).toBe(0);

      const workspace = (await new WorkspaceStore(t.knex).get('forecasting'))!;
      const datasets = new DatasetStore(t.knex);
      const versions = new DatasetVersionStore(t.knex);
      const source = (await datasets.get(workspace, DEMO_LINEAGE.source))!;
      const output = (await datasets.get(workspace, DEMO_LINEAGE.output))!;
      expect(await versions.list(source.id)).toEqual([
        expect.objectContaining({ version: 1, rowCount: 120 }),
      ]);
      const pipelines = new PipelineStore(t.knex);
      const pipeline = (await pipelines.get(
        workspace.id,
        DEMO_LINEAGE.pipeline,
      ))!;
      expect(
        validateGraph((await pipelines.detail(pipeline)).graph).valid,
      ).toBe(true);

      const started = await t.execution.launcher.start(workspace, {
        pipelineId: pipeline.id,
        trigger: { type: 'manual', initiator: 'user:default/erin.jung' },
      });
      expect((await t.waitForRun(started.id)).state).toBe('SUCCEEDED');
      for (let i = 0; i < 200; i++) {
        if ((await versions.list(output.id)).length) break;
        await new Promise(r => setTimeout(r, 50));
      }
      expect(await versions.list(output.id)).toEqual([
        expect.objectContaining({
          version: 1,
          rowCount: 120,
          sourceRunId: started.id,
        }),
      ]);
    },
  );
});
