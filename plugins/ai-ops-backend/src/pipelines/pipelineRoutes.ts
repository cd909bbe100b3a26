import { InputError } from '@backstage/errors';
import {
  aiOpsPipelineReadPermission,
  aiOpsPipelineUpdatePermission,
  clonePipelineRequestSchema,
  createPipelineRequestSchema,
  listPipelinesQuerySchema,
  listPipelineTemplates,
  PipelineGraph,
  updatePipelineRequestSchema,
  validateGraph,
  validateGraphRequestSchema,
} from '@internal/plugin-ai-ops-common';
import { parseInput } from '@internal/plugin-authz-node';
import Router from 'express-promise-router';
import { z } from 'zod';
import { auditChange } from '../service/auditChange';
import { AiOpsContext } from '../service/AiOpsContext';
import { authorizeWorkspace } from '../tenancy/workspaceAccess';
import { publishEntitiesChanged } from '../entities/publishEntitiesChanged';
import { parseGraph } from './parseGraph';
import { PipelineStore } from './PipelineStore';

const BASE = '/workspaces/:workspace/pipelines';

/** The graph a new pipeline starts from: given, a template, or the domain's. */
function initialGraph(
  body: z.infer<typeof createPipelineRequestSchema>,
): PipelineGraph {
  if (body.graph !== undefined) return parseGraph(body.graph);
  const templates = listPipelineTemplates(
    body.template ? undefined : body.domain,
  );
  const template = body.template
    ? templates.find(t => t.id === body.template)
    : templates[0];
  if (!template) {
    throw new InputError(
      `Invalid request: template: no template '${body.template}'`,
    );
  }
  return template.graph;
}

/** Pipelines of a workspace: list, create, read, edit, delete, clone. */
export function createPipelineRoutes(
  context: AiOpsContext,
  store: PipelineStore,
) {
  const router = Router();

  router.get(BASE, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsPipelineReadPermission,
    );
    const query = parseInput(listPipelinesQuerySchema, req.query);
    res.json(await store.list(workspace.id, query));
  });

  router.post(BASE, async (req, res) => {
    const { workspace, actor } = await authorizeWorkspace(
      context,
      req,
      aiOpsPipelineUpdatePermission,
    );
    const body = parseInput(createPipelineRequestSchema, req.body);
    const graph = initialGraph(body);
    const created = await auditChange(
      context,
      req,
      'ai-ops.pipeline.create',
      { workspace: workspace.name, pipeline: body.name },
      async () => {
        const detail = await store.create(
          workspace,
          { ...body, owner: body.owner ?? workspace.owner, graph },
          actor,
        );
        const { graph: _graph, ...after } = detail;
        return { result: detail, meta: { after } };
      },
    );
    await publishEntitiesChanged(context, workspace.name);
    res.status(201).json(created);
  });

  router.post(`${BASE}/validate`, async (req, res) => {
    await authorizeWorkspace(context, req, aiOpsPipelineReadPermission);
    const { graph } = parseInput(validateGraphRequestSchema, req.body);
    const { valid, issues } = validateGraph(graph);
    res.json({ valid, issues });
  });

  router.get(`${BASE}/:pipeline`, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsPipelineReadPermission,
    );
    const pipeline = await store.require(workspace, req.params.pipeline);
    res.json(await store.detail(pipeline));
  });

  router.patch(`${BASE}/:pipeline`, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsPipelineUpdatePermission,
    );
    const patch = parseInput(updatePipelineRequestSchema, req.body);
    const before = await store.require(workspace, req.params.pipeline);
    const after = await auditChange(
      context,
      req,
      'ai-ops.pipeline.update',
      { workspace: workspace.name, pipeline: before.name, before },
      async () => {
        const updated = await store.update(before, patch);
        return { result: updated, meta: { after: updated } };
      },
    );
    await publishEntitiesChanged(context, workspace.name);
    res.json(after);
  });

  router.delete(`${BASE}/:pipeline`, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsPipelineUpdatePermission,
    );
    const before = await store.require(workspace, req.params.pipeline);
    await auditChange(
      context,
      req,
      'ai-ops.pipeline.delete',
      { workspace: workspace.name, pipeline: before.name, before },
      async () => ({ result: await store.delete(before) }),
    );
    await publishEntitiesChanged(context, workspace.name);
    res.status(204).end();
  });

  router.post(`${BASE}/:pipeline/clone`, async (req, res) => {
    const source = await authorizeWorkspace(
      context,
      req,
      aiOpsPipelineReadPermission,
    );
    const body = parseInput(clonePipelineRequestSchema, req.body);
    const target = await authorizeWorkspace(
      context,
      req,
      aiOpsPipelineUpdatePermission,
      body.workspace ?? source.workspace.name,
    );
    const original = await store.detail(
      await store.require(source.workspace, req.params.pipeline),
    );
    const from = `${source.workspace.name}/${original.name} v${original.currentVersion}`;
    const clone = await auditChange(
      context,
      req,
      'ai-ops.pipeline.clone',
      { workspace: target.workspace.name, pipeline: body.name, source: from },
      async () => {
        const detail = await store.create(
          target.workspace,
          {
            name: body.name,
            title: body.title ?? `${original.title} (copy)`,
            description: original.description,
            domain: original.domain,
            tags: original.tags,
            owner:
              target.workspace.id === source.workspace.id
                ? original.owner
                : target.workspace.owner,
            graph: original.graph,
            message: `Cloned from ${from}`,
          },
          target.actor,
        );
        const { graph: _graph, ...after } = detail;
        return { result: detail, meta: { after } };
      },
    );
    await publishEntitiesChanged(context, target.workspace.name);
    res.status(201).json(clone);
  });

  return router;
}
