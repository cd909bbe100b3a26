import { describeOnBothDatabases } from '@internal/testing';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stopAfterEach } from '../__testUtils__/stopAfterEach';
import { setUpExecution, shellNode } from './__testUtils__/executionTest';
import { RunStore } from './RunStore';

const trigger = { type: 'manual' as const, initiator: 'user:default/alice' };

describeOnBothDatabases('where task usage comes from', databases => {
  const stopLater = stopAfterEach();

  it.each(databases.eachSupportedId())(
    'stores the outcome’s usage source per task and returns it on %p',
    async id => {
      const t = await setUpExecution(await databases.init(id));
      stopLater(t.stop);
      // The local executor, except that the first attempt of `estimated`
      // reports profile figures, as a Kubernetes Job without metrics does.
      const local = t.executor;
      const launch = local.launch.bind(local);
      jest.spyOn(local, 'launch').mockImplementation((task, observer) =>
        launch(task, {
          ...observer,
          finished: outcome =>
            observer.finished(
              task.nodeId === 'estimated' && task.attempt === 1
                ? { ...outcome, usageSource: 'profile' }
                : outcome,
            ),
        }),
      );

      // `estimated` fails once, then succeeds measured: still an estimate.
      const marker = path.join(
        fs.mkdtempSync(path.join(os.tmpdir(), 'ai-ops-marker-')),
        'failed-once',
      );
      const pipeline = await t.pipeline({
        nodes: [
          shellNode('measured', 'true'),
          shellNode(
            'estimated',
            `[ -f ${marker} ] || { touch ${marker}; exit 1; }`,
            {
              retry: {
                maxAttempts: 2,
                backoffSeconds: 0,
                backoffMultiplier: 1,
              },
            },
          ),
        ],
        edges: [],
      });
      const run = await t.execution.launcher.start(t.workspace, {
        pipelineId: pipeline.id,
        trigger,
      });
      expect((await t.waitForRun(run.id)).state).toBe('SUCCEEDED');

      const rows = await t.tasksOf(run.id);
      expect(rows.measured.usage_source).toBe('measured');
      expect(rows.estimated.attempt).toBe(2);
      expect(rows.estimated.usage_source).toBe('profile');
      const summaries = await new RunStore(t.knex).tasks(run.id);
      expect(
        Object.fromEntries(summaries.map(s => [s.nodeId, s.usageSource])),
      ).toEqual({ measured: 'measured', estimated: 'profile' });
    },
  );
});
