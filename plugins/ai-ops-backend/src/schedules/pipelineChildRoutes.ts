import {
  aiOpsPipelineReadPermission,
  aiOpsPipelineUpdatePermission,
} from '@internal/plugin-ai-ops-common';
import { Request } from 'express';
import Router from 'express-promise-router';
import { AuditMeta, auditChange } from '../service/auditChange';
import { AiOpsContext } from '../service/AiOpsContext';
import { WorkspaceRow } from '../tenancy/workspaceRows';
import { authorizePipeline } from './authorizePipeline';

/** A schedule or a trigger: owned by one pipeline, with run params. */
interface PipelineChild {
  params: Record<string, unknown>;
}

/** What the shared routes need of a schedule or trigger store. */
export interface PipelineChildStore<T extends PipelineChild, C> {
  list(workspace: WorkspaceRow, pipelineId: string): Promise<T[]>;
  require(workspace: WorkspaceRow, pipelineId: string, id: string): Promise<T>;
  create(
    workspace: WorkspaceRow,
    pipelineId: string,
    fields: C,
    actor: string,
  ): Promise<T>;
  delete(child: T): Promise<void>;
}

export interface PipelineChildRoutesOptions<T extends PipelineChild, C, U> {
  /** Path `.../pipelines/:pipeline/<kind>s/:<kind>`, audit events `ai-ops.<kind>.*`. */
  kind: 'schedule' | 'trigger';
  store: PipelineChildStore<T, C>;
  /** Validates a POST body into store fields, and what its audit names. */
  parseCreate(
    workspace: WorkspaceRow,
    body: unknown,
  ): Promise<{ fields: C; meta: AuditMeta }>;
  /** Validates a PATCH body into what `update` saves. */
  parseUpdate(before: T, body: unknown): U;
  update(workspace: WorkspaceRow, before: T, patch: U): Promise<T>;
}

/** A child as the audit log keeps it (params as JSON text). */
const audited = ({ params, ...child }: PipelineChild) => ({
  ...child,
  params: JSON.stringify(params),
});

/**
 * List, create, update and delete of a pipeline's schedules or triggers:
 * reads need `ai-ops.pipeline.read`, changes `ai-ops.pipeline.update` and
 * are audited with before/after.
 */
export function createPipelineChildRoutes<T extends PipelineChild, C, U>(
  context: AiOpsContext,
  options: PipelineChildRoutesOptions<T, C, U>,
) {
  const { kind, store, parseCreate, parseUpdate, update } = options;
  const router = Router();
  const base = `/workspaces/:workspace/pipelines/:pipeline/${kind}s`;

  /** The pipeline (authorized for update) and its child `:<kind>`. */
  async function requireForChange(req: Request) {
    const { workspace, pipeline } = await authorizePipeline(
      context,
      req,
      aiOpsPipelineUpdatePermission,
    );
    const before = await store.require(
      workspace,
      pipeline.id,
      req.params[kind],
    );
    const meta = {
      workspace: workspace.name,
      pipeline: pipeline.name,
      before: audited(before),
    };
    return { workspace, before, meta };
  }

  router.get(base, async (req, res) => {
    const { workspace, pipeline } = await authorizePipeline(
      context,
      req,
      aiOpsPipelineReadPermission,
    );
    res.json({ items: await store.list(workspace, pipeline.id) });
  });

  router.post(base, async (req, res) => {
    const { workspace, pipeline, actor } = await authorizePipeline(
      context,
      req,
      aiOpsPipelineUpdatePermission,
    );
    const { fields, meta } = await parseCreate(workspace, req.body);
    const created = await auditChange(
      context,
      req,
      `ai-ops.${kind}.create`,
      { workspace: workspace.name, pipeline: pipeline.name, ...meta },
      async () => {
        const child = await store.create(workspace, pipeline.id, fields, actor);
        return { result: child, meta: { after: audited(child) } };
      },
    );
    res.status(201).json(created);
  });

  router.patch(`${base}/:${kind}`, async (req, res) => {
    const { workspace, before, meta } = await requireForChange(req);
    const patch = parseUpdate(before, req.body);
    const after = await auditChange(
      context,
      req,
      `ai-ops.${kind}.update`,
      meta,
      async () => {
        const updated = await update(workspace, before, patch);
        return { result: updated, meta: { after: audited(updated) } };
      },
    );
    res.json(after);
  });

  router.delete(`${base}/:${kind}`, async (req, res) => {
    const { before, meta } = await requireForChange(req);
    await auditChange(
      context,
      req,
      `ai-ops.${kind}.delete`,
      meta,
      async () => ({
        result: await store.delete(before),
      }),
    );
    res.status(204).end();
  });

  return router;
}
