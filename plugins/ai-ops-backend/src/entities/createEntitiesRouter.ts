import express from 'express';
import Router from 'express-promise-router';
import { AiOpsContext } from '../service/AiOpsContext';
import { collectEntities } from './collectEntities';

/**
 * `GET /entities`: pipelines and datasets as catalog entities, for
 * `catalog-backend-module-ai-ops`. Service principals only: they carry
 * every workspace's assets, and the catalog applies its own permissions.
 */
export async function createEntitiesRouter(
  context: AiOpsContext,
): Promise<express.Router> {
  const router = Router();
  router.get('/entities', async (req, res) => {
    await context.httpAuth.credentials(req, { allow: ['service'] });
    res.json(await collectEntities(context));
  });
  return router;
}
