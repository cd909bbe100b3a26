import express from 'express';
import Router from 'express-promise-router';
import { HarvesterContext } from '../service/HarvesterContext';
import { collectEntities } from './collectEntities';

/**
 * `GET /entities`: clusters and VMs as catalog entities for
 * `catalog-backend-module-harvester`. Service principals only: it carries
 * every VM regardless of who may read it, and the catalog applies its own
 * permissions to the entities.
 */
export async function createEntitiesRouter(
  context: HarvesterContext,
): Promise<express.Router> {
  const router = Router();
  router.get('/entities', async (req, res) => {
    await context.httpAuth.credentials(req, { allow: ['service'] });
    res.json(await collectEntities(context));
  });
  return router;
}
