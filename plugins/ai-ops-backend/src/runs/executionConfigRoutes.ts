import { aiOpsPipelineReadPermission } from '@internal/plugin-ai-ops-common';
import Router from 'express-promise-router';
import { AiOpsContext } from '../service/AiOpsContext';
import { ExecutionConfig } from './executionConfig';

/**
 * Queues and resource profiles: configuration, the same for every
 * workspace, for whoever may read pipelines in any workspace (the pipeline
 * editor offers them), as the node types are.
 */
export function createExecutionConfigRoutes(
  context: AiOpsContext,
  config: ExecutionConfig,
) {
  const router = Router();
  router.get('/queues', async (req, res) => {
    await context.authorize.conditional(req, aiOpsPipelineReadPermission);
    res.json({ items: [...config.queues.values()] });
  });
  router.get('/resource-profiles', async (req, res) => {
    await context.authorize.conditional(req, aiOpsPipelineReadPermission);
    res.json({ items: [...config.profiles.values()] });
  });
  return router;
}
