import { InputError } from '@backstage/errors';
import {
  aiOpsPipelineReadPermission,
  aiOpsPipelineUpdatePermission,
  createTriggerRequestSchema,
  Trigger,
  updateTriggerRequestSchema,
} from '@internal/plugin-ai-ops-common';
import { parseInput } from '@internal/plugin-authz-node';
import Router from 'express-promise-router';
import { DatasetStore } from '../data/datasets/DatasetStore';
import { auditChange } from '../service/auditChange';
import { AiOpsContext } from '../service/AiOpsContext';
import { WorkspaceRow } from '../tenancy/workspaceRows';
import { authorizePipeline } from './authorizePipeline';
import { TRIGGER_EVENTS } from './triggerEvents';
import { TriggerStore } from './TriggerStore';

const BASE = '/workspaces/:workspace/pipelines/:pipeline/triggers';

const audited = ({ params, ...trigger }: Trigger) => ({
  ...trigger,
  params: JSON.stringify(params),
});

/** A filter names fields the event has, and datasets that exist. */
async function checkFilter(
  context: AiOpsContext,
  workspace: WorkspaceRow,
  eventType: Trigger['eventType'],
  filter: Record<string, string>,
) {
  const known = TRIGGER_EVENTS[eventType]?.filterKeys;
  for (const key of Object.keys(filter)) {
    if (known && !known.includes(key)) {
      throw new InputError(
        `Invalid request: filter.${key}: ${eventType} events have ${known.join(
          ', ',
        )}`,
      );
    }
  }
  if (
    filter.datasetId &&
    !(await new DatasetStore(context.knex).get(workspace, filter.datasetId))
  ) {
    throw new InputError(
      `Invalid request: filter.datasetId: no dataset ${filter.datasetId} in workspace '${workspace.name}'`,
    );
  }
}

/** Event triggers that start a pipeline; changes audited. */
export function createTriggerRoutes(context: AiOpsContext) {
  const router = Router();
  const store = new TriggerStore(context.knex);

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
    const body = parseInput(createTriggerRequestSchema, req.body);
    await checkFilter(context, workspace, body.eventType, body.filter);
    const created = await auditChange(
      context,
      req,
      'ai-ops.trigger.create',
      {
        workspace: workspace.name,
        pipeline: pipeline.name,
        eventType: body.eventType,
      },
      async () => {
        const trigger = await store.create(workspace, pipeline.id, body, actor);
        return { result: trigger, meta: { after: audited(trigger) } };
      },
    );
    res.status(201).json(created);
  });

  router.patch(`${BASE}/:trigger`, async (req, res) => {
    const { workspace, pipeline } = await authorizePipeline(
      context,
      req,
      aiOpsPipelineUpdatePermission,
    );
    const before = await store.require(
      workspace,
      pipeline.id,
      req.params.trigger,
    );
    const { enabled } = parseInput(updateTriggerRequestSchema, req.body);
    const after = await auditChange(
      context,
      req,
      'ai-ops.trigger.update',
      {
        workspace: workspace.name,
        pipeline: pipeline.name,
        before: audited(before),
      },
      async () => {
        const updated = await store.setEnabled(workspace, before, enabled);
        return { result: updated, meta: { after: audited(updated) } };
      },
    );
    res.json(after);
  });

  router.delete(`${BASE}/:trigger`, async (req, res) => {
    const { workspace, pipeline } = await authorizePipeline(
      context,
      req,
      aiOpsPipelineUpdatePermission,
    );
    const before = await store.require(
      workspace,
      pipeline.id,
      req.params.trigger,
    );
    await auditChange(
      context,
      req,
      'ai-ops.trigger.delete',
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
