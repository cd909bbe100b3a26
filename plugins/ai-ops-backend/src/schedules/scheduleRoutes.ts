import {
  aiOpsPipelineReadPermission,
  createScheduleRequestSchema,
  listScheduleFiresQuerySchema,
  Schedule,
  ScheduleWithUpcoming,
  updateScheduleRequestSchema,
} from '@internal/plugin-ai-ops-common';
import { parseInput } from '@internal/plugin-authz-node';
import Router from 'express-promise-router';
import { AiOpsContext } from '../service/AiOpsContext';
import { authorizeWorkspace } from '../tenancy/workspaceAccess';
import { authorizePipeline } from './authorizePipeline';
import { createPipelineChildRoutes } from './pipelineChildRoutes';
import { CronSchedule } from './cronSchedule';
import { ScheduleFields, ScheduleStore } from './ScheduleStore';

/** Fire times `GET /workspaces/:ws/schedules` shows per schedule. */
const UPCOMING = 3;

/**
 * The next fire time of a schedule being saved: none while disabled; kept
 * when neither timing nor enablement changed (a pending catch-up stays);
 * otherwise the first after now, so a disabled period is not "missed".
 */
function nextFireAt(
  fields: Omit<ScheduleFields, 'nextFireAt'>,
  before: Schedule | undefined,
): Date | null {
  const cron = CronSchedule.parse(fields.cron, fields.timezone);
  if (!fields.enabled) return null;
  const timingKept =
    before?.enabled &&
    before.nextFireAt &&
    before.cron === fields.cron &&
    before.timezone === fields.timezone;
  return timingKept ? new Date(before.nextFireAt!) : cron.nextAfter(new Date());
}

/** Cron schedules of pipelines; changes audited with before/after. */
export function createScheduleRoutes(context: AiOpsContext) {
  const router = Router();
  const store = new ScheduleStore(context.knex);

  router.get('/workspaces/:workspace/schedules', async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsPipelineReadPermission,
    );
    const now = new Date();
    const items: ScheduleWithUpcoming[] = (await store.list(workspace)).map(
      schedule => ({
        ...schedule,
        upcoming: schedule.nextFireAt
          ? [
              schedule.nextFireAt,
              ...CronSchedule.parse(schedule.cron, schedule.timezone)
                .upcoming(
                  new Date(Math.max(Date.parse(schedule.nextFireAt), +now)),
                  UPCOMING - 1,
                )
                .map(time => time.toISOString()),
            ]
          : [],
      }),
    );
    res.json({ items });
  });

  router.use(
    createPipelineChildRoutes(context, {
      kind: 'schedule',
      store,
      parseCreate: async (_workspace, body) => {
        const input = parseInput(createScheduleRequestSchema, body);
        const fields = { ...input, nextFireAt: nextFireAt(input, undefined) };
        return { fields, meta: { name: input.name } };
      },
      parseUpdate: (before, body) => {
        const merged = {
          ...before,
          ...parseInput(updateScheduleRequestSchema, body),
        };
        return { ...merged, nextFireAt: nextFireAt(merged, before) };
      },
      update: (workspace, before, fields) =>
        store.update(workspace, before, fields),
    }),
  );

  router.get(
    '/workspaces/:workspace/pipelines/:pipeline/schedules/:schedule/fires',
    async (req, res) => {
      const { workspace, pipeline } = await authorizePipeline(
        context,
        req,
        aiOpsPipelineReadPermission,
      );
      const schedule = await store.require(
        workspace,
        pipeline.id,
        req.params.schedule,
      );
      const page = parseInput(listScheduleFiresQuerySchema, req.query);
      res.json(await store.fires(schedule.id, page));
    },
  );

  return router;
}
