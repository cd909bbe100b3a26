import {
  aiOpsPipelineReadPermission,
  builtInNodeTypes,
  describeNodeType,
  listPipelineTemplates,
  listTemplatesQuerySchema,
} from '@internal/plugin-ai-ops-common';
import { parseInput } from '@internal/plugin-authz-node';
import Router from 'express-promise-router';
import { AiOpsContext } from '../service/AiOpsContext';

/**
 * `GET /node-types` and `GET /templates`: the same for every workspace, for
 * whoever may read pipelines in any workspace.
 */
export function createNodeTypeRoutes(context: AiOpsContext) {
  const router = Router();
  const nodeTypes = builtInNodeTypes.map(describeNodeType);

  router.get('/node-types', async (req, res) => {
    await context.authorize.conditional(req, aiOpsPipelineReadPermission);
    res.json({ items: nodeTypes });
  });

  router.get('/templates', async (req, res) => {
    await context.authorize.conditional(req, aiOpsPipelineReadPermission);
    const { domain } = parseInput(listTemplatesQuerySchema, req.query);
    res.json({ items: listPipelineTemplates(domain) });
  });

  return router;
}
