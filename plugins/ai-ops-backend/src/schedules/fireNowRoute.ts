import { ConflictError } from '@backstage/errors';
import { aiOpsRunCreatePermission } from '@internal/plugin-ai-ops-common';
import Router from 'express-promise-router';
import { RunLauncher } from '../runs/RunLauncher';
import { auditChange } from '../service/auditChange';
import { AiOpsContext } from '../service/AiOpsContext';
import { authorizePipeline } from './authorizePipeline';
import { launchFire } from './launchFire';
import { ScheduleStore } from './ScheduleStore';

/**
 * `POST .../schedules/:schedule/fire`: fires a schedule now, as its tick
 * would (its params, trigger `schedule`, within its max concurrency: 409
 * beyond), recorded among its fires and audited with who asked.
 */
export function createFireNowRoute(
  context: AiOpsContext,
  launcher: RunLauncher,
) {
  const router = Router();
  const store = new ScheduleStore(context.knex);

  router.post(
    '/workspaces/:workspace/pipelines/:pipeline/schedules/:schedule/fire',
    async (req, res) => {
      const { workspace, pipeline, actor } = await authorizePipeline(
        context,
        req,
        aiOpsRunCreatePermission,
      );
      const schedule = await store.require(
        workspace,
        pipeline.id,
        req.params.schedule,
      );
      const active = await launcher.countActive(
        workspace.id,
        pipeline.id,
        schedule.id,
      );
      if (active >= schedule.maxConcurrency) {
        throw new ConflictError(
          `Schedule '${schedule.name}' has max concurrency ${schedule.maxConcurrency} and ${active} runs active`,
        );
      }
      const run = await auditChange(
        context,
        req,
        'ai-ops.schedule.fire',
        {
          workspace: workspace.name,
          pipeline: pipeline.name,
          schedule: schedule.id,
        },
        async () => {
          // Cron times are whole seconds: a fire by hand never takes one's
          // place in the schedule's fires.
          const now = Date.now();
          const fireTime = new Date(now % 1000 === 0 ? now + 1 : now);
          await store.recordFire(schedule.id, {
            fireTime,
            status: 'started',
            reason: `fired now by ${actor}`,
          });
          const started = await launchFire(
            store,
            launcher,
            workspace,
            schedule,
            fireTime,
          );
          return { result: started, meta: { runId: started.id } };
        },
      );
      res.status(201).json(run);
    },
  );

  return router;
}
