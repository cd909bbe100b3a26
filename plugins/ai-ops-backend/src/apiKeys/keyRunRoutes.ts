import { startRunRequestSchema } from '@internal/plugin-ai-ops-common';
import { parseInput } from '@internal/plugin-authz-node';
import Router from 'express-promise-router';
import { DatasetStore } from '../data/datasets/DatasetStore';
import { loadRun } from '../runs/runRoutes';
import { DefaultRunLauncher } from '../runs/RunLauncher';
import { RunStore } from '../runs/RunStore';
import { auditChange } from '../service/auditChange';
import { AiOpsContext } from '../service/AiOpsContext';
import { authenticateApiKey } from './authenticateApiKey';
import { ApiKeyStore } from './ApiKeyStore';
import { CreatorAccessCheck } from './CreatorAccessCheck';

/** Where external callers come with an API key and no Backstage token. */
export const API_KEY_ROUTES_PREFIX = '/v1';

/**
 * `/v1`: start a pipeline's run, read runs and datasets with an `X-AI-Ops-Key`
 * (the backend lets these paths through unauthenticated; the key is the
 * authentication). A run started so has trigger `api`, its key's creator as
 * initiator and the key's id.
 */
export function createKeyRunRoutes(
  context: AiOpsContext,
  deps: {
    keys: ApiKeyStore;
    creatorAccess: CreatorAccessCheck;
    launcher: DefaultRunLauncher;
  },
) {
  const router = Router();
  const runs = new RunStore(context.knex);
  const datasets = new DatasetStore(context.knex);
  const auth = { knex: context.knex, ...deps };
  const base = `${API_KEY_ROUTES_PREFIX}/workspaces/:workspace`;

  router.post(`${base}/pipelines/:pipeline/runs`, async (req, res) => {
    const { workspace, actor, apiKeyId } = await authenticateApiKey(
      auth,
      req,
      'runs:create',
    );
    const body = parseInput(startRunRequestSchema, req.body ?? {});
    const run = await auditChange(
      context,
      req,
      'ai-ops-run-start',
      {
        workspace: workspace.name,
        pipelineId: req.params.pipeline,
        trigger: 'api',
        actor,
        apiKeyId,
      },
      async () => {
        const started = await deps.launcher.start(workspace, {
          pipelineId: req.params.pipeline,
          ...body,
          trigger: { type: 'api', initiator: actor, apiKeyId },
        });
        return { result: started, meta: { after: { runId: started.id } } };
      },
    );
    res.status(201).json(run);
  });

  router.get(`${base}/runs/:runId`, async (req, res) => {
    const { workspace } = await authenticateApiKey(auth, req, 'runs:read');
    const row = await loadRun(runs, workspace, req.params.runId);
    res.json(await runs.detail(row, workspace.name));
  });

  router.get(`${base}/datasets/:dataset`, async (req, res) => {
    const { workspace } = await authenticateApiKey(auth, req, 'datasets:read');
    res.json(await datasets.require(workspace, req.params.dataset));
  });

  return router;
}
