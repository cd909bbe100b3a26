import { NotFoundError } from '@backstage/errors';
import {
  aiOpsPipelineReadPermission,
  aiOpsPipelineUpdatePermission,
  createPipelineVersionRequestSchema,
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

const BASE = '/workspaces/:workspace/pipelines/:pipeline/versions';
const versionParamSchema = z.object({
  version: z.coerce.number().int().min(1),
});

/** A pipeline's versions: history with changes, one graph, a new version. */
export function createPipelineVersionRoutes(
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
    const pipeline = await store.require(workspace, req.params.pipeline);
    res.json({ items: await store.versions(pipeline.id) });
  });

  router.get(`${BASE}/:version`, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsPipelineReadPermission,
    );
    const { version } = parseInput(versionParamSchema, req.params);
    const pipeline = await store.require(workspace, req.params.pipeline);
    const found = await store.version(pipeline.id, version);
    if (!found) {
      throw new NotFoundError(
        `Pipeline '${pipeline.name}' has no version ${version}`,
      );
    }
    res.json(found);
  });

  router.post(BASE, async (req, res) => {
    const { workspace, actor } = await authorizeWorkspace(
      context,
      req,
      aiOpsPipelineUpdatePermission,
    );
    const body = parseInput(createPipelineVersionRequestSchema, req.body);
    const graph = parseGraph(body.graph);
    const pipeline = await store.require(workspace, req.params.pipeline);
    const saved = await auditChange(
      context,
      req,
      'ai-ops.pipeline.version.create',
      {
        workspace: workspace.name,
        pipeline: pipeline.name,
        before: { version: pipeline.currentVersion },
      },
      async () => {
        const version = await store.addVersion(pipeline, graph, {
          author: actor,
          message: body.message,
          baseVersion: body.baseVersion,
        });
        return {
          result: version,
          meta: {
            after: { version: version.version, message: version.message },
            changes: version.changes,
          },
        };
      },
    );
    await publishEntitiesChanged(context, workspace.name);
    res.status(201).json(saved);
  });

  return router;
}
