import {
  aiOpsDatasetReadPermission,
  aiOpsDatasetUpdatePermission,
  createDatasetRequestSchema,
  listDatasetsQuerySchema,
  updateDatasetRequestSchema,
} from '@internal/plugin-ai-ops-common';
import { ConflictError } from '@backstage/errors';
import { parseInput } from '@internal/plugin-authz-node';
import Router from 'express-promise-router';
import { auditChange } from '../../service/auditChange';
import { AiOpsContext } from '../../service/AiOpsContext';
import { authorizeWorkspace } from '../../tenancy/workspaceAccess';
import { publishEntitiesChanged } from '../../entities/publishEntitiesChanged';
import { authorizeDataset, checkDatasetConnection } from './datasetAccess';
import { DatasetStore } from './DatasetStore';
import { pipelinesUsingDataset } from './pipelinesUsingDataset';

const BASE = '/workspaces/:workspace/datasets';

/** Datasets of a workspace (their versions: datasetVersionRoutes). */
export function createDatasetRoutes(context: AiOpsContext) {
  const router = Router();
  const store = new DatasetStore(context.knex);

  router.get(BASE, async (req, res) => {
    const { workspace } = await authorizeWorkspace(
      context,
      req,
      aiOpsDatasetReadPermission,
    );
    const filter = parseInput(listDatasetsQuerySchema, req.query);
    res.json({ items: await store.list(workspace, filter) });
  });

  router.post(BASE, async (req, res) => {
    const { workspace, actor } = await authorizeWorkspace(
      context,
      req,
      aiOpsDatasetUpdatePermission,
    );
    const body = parseInput(createDatasetRequestSchema, req.body);
    await checkDatasetConnection(context, workspace, body.connectionId);
    const created = await auditChange(
      context,
      req,
      'ai-ops.dataset.create',
      { workspace: workspace.name, name: body.name },
      async () => {
        const dataset = await store.create(
          workspace,
          { ...body, owner: body.owner ?? actor },
          actor,
        );
        return { result: dataset, meta: { after: dataset } };
      },
    );
    await publishEntitiesChanged(context, workspace.name);
    res.status(201).json(created);
  });

  router.get(`${BASE}/:dataset`, async (req, res) => {
    const { dataset } = await authorizeDataset(
      context,
      req,
      aiOpsDatasetReadPermission,
    );
    res.json(dataset);
  });

  router.patch(`${BASE}/:dataset`, async (req, res) => {
    const { workspace, dataset } = await authorizeDataset(
      context,
      req,
      aiOpsDatasetUpdatePermission,
    );
    const patch = parseInput(updateDatasetRequestSchema, req.body);
    await checkDatasetConnection(context, workspace, patch.connectionId);
    const after = await auditChange(
      context,
      req,
      'ai-ops.dataset.update',
      { workspace: workspace.name, dataset: dataset.name, before: dataset },
      async () => {
        const updated = await store.update(workspace, dataset, patch);
        return { result: updated, meta: { after: updated } };
      },
    );
    await publishEntitiesChanged(context, workspace.name);
    res.json(after);
  });

  router.delete(`${BASE}/:dataset`, async (req, res) => {
    const { workspace, dataset } = await authorizeDataset(
      context,
      req,
      aiOpsDatasetUpdatePermission,
    );
    await auditChange(
      context,
      req,
      'ai-ops.dataset.delete',
      { workspace: workspace.name, dataset: dataset.name, before: dataset },
      async () => {
        const users = await pipelinesUsingDataset(
          context.knex,
          workspace,
          dataset.name,
        );
        if (users.length > 0) {
          throw new ConflictError(
            `Dataset '${dataset.name}' is loaded or published to by the current version of pipeline(s) ${users
              .map(name => `'${name}'`)
              .join(', ')}; remove it from them first`,
          );
        }
        return { result: await store.delete(dataset) };
      },
    );
    await publishEntitiesChanged(context, workspace.name);
    res.status(204).end();
  });

  router.get(`${BASE}/:dataset/lineage`, async (req, res) => {
    const { dataset } = await authorizeDataset(
      context,
      req,
      aiOpsDatasetReadPermission,
    );
    res.json(await context.lineage.neighbours({ entityRef: dataset.entityRef }));
  });

  return router;
}
