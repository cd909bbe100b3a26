import {
  aiOpsPipelineReadPermission,
  aiOpsPipelineUpdatePermission,
  createScheduleRequestSchema,
  Schedule,
  ScheduleWithUpcoming,
  updateScheduleRequestSchema,
} from '@internal/plugin-ai-ops-common';
import { parseInput } from '@internal/plugin-authz-node';
import Router from 'express-promise-router';
import { auditChange } from '../service/auditChange';
import { AiOpsContext } from '../service/AiOpsContext';
import { authorizeWorkspace } from '../tenancy/workspaceAccess';
import { authorizePipeline } from './authorizePipeline';
import { CronSchedule } from './cronSchedule';
import { ScheduleFields, ScheduleStore } from './ScheduleStore';

const BASE = '/workspaces/:workspace/pipelines/:pipeline/schedules';
/** Fire times `GET /workspaces/:ws/schedules` shows per schedule. */
const UPCOMING = 3;

/** A schedule as the audit log keeps it (params as JSON text). */
const audited = ({ params, ...schedule }: Schedule) => ({
  ...schedule,
  params: JSON.stringify(params),
});

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

  router.get(BASE, async (req, res) => {
    const { workspace, pipeline } = await authorizePipeline(
      context,
      req,
      aiOpsPipelineReadPermission,
    );
    res.json({ items: await store.list(workspace, pipeline.id) });
  });

  router.post(BASE, async (req, res) => {
    const { workspace, pipeline, actor } = await authorizePipeline(
      context,
      req,
      aiOpsPipelineUpdatePermission,
    );
    const body = parseInput(createScheduleRequestSchema, req.body);
    const fields = { ...body, nextFireAt: nextFireAt(body, undefined) };
    const created = await auditChange(
      context,
      req,
      'ai-ops.schedule.create',
      { workspace: workspace.name, pipeline: pipeline.name, name: body.name },
      async () => {
        const schedule = await store.create(
          workspace,
          pipeline.id,
          fields,
          actor,
        );
        return { result: schedule, meta: { after: audited(schedule) } };
      },
    );
    res.status(201).json(created);
  });

  router.get(`${BASE}/:schedule/fires`, async (req, res) => {
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
    res.json({ items: await store.fires(schedule.id) });
  });

  router.patch(`${BASE}/:schedule`, async (req, res) => {
    const { workspace, pipeline } = await authorizePipeline(
      context,
      req,
      aiOpsPipelineUpdatePermission,
    );
    const before = await store.require(
      workspace,
      pipeline.id,
      req.params.schedule,
    );
    const patch = parseInput(updateScheduleRequestSchema, req.body);
    const merged = { ...before, ...patch };
    const fields = { ...merged, nextFireAt: nextFireAt(merged, before) };
    const after = await auditChange(
      context,
      req,
      'ai-ops.schedule.update',
      {
        workspace: workspace.name,
        pipeline: pipeline.name,
        before: audited(before),
      },
      async () => {
        const updated = await store.update(workspace, before, fields);
        return { result: updated, meta: { after: audited(updated) } };
      },
    );
    res.json(after);
  });

  router.delete(`${BASE}/:schedule`, async (req, res) => {
    const { workspace, pipeline } = await authorizePipeline(
      context,
      req,
      aiOpsPipelineUpdatePermission,
    );
    const before = await store.require(
      workspace,
      pipeline.id,
      req.params.schedule,
    );
    await auditChange(
      context,
      req,
      'ai-ops.schedule.delete',
      {
        workspace: workspace.name,
        pipeline: pipeline.name,
        before: audited(before),
      },
      async () => ({ result: await store.delete(before) }),
    );
    res.status(204).end();
  });

  return router;
}
