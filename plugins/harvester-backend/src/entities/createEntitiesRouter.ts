import { parseInput } from '@internal/plugin-authz-node';
import { vmEntitiesRequestSchema } from '@internal/plugin-harvester-common';
import express from 'express';
import Router from 'express-promise-router';
import { HarvesterContext } from '../service/HarvesterContext';
import { collectEntities } from './collectEntities';
import { collectVmEntities } from './collectVmEntities';

/**
 * `GET /entities` (clusters and VMs) and `POST /entities/vms` (just the VMs
 * named) as catalog entities for `catalog-backend-module-harvester`.
 * Service principals only: they carry every VM regardless of who may read
 * it, and the catalog applies its own permissions to the entities.
 */
export async function createEntitiesRouter(
  context: HarvesterContext,
): Promise<express.Router> {
  const router = Router();
  router.get('/entities', async (req, res) => {
    await context.httpAuth.credentials(req, { allow: ['service'] });
    res.json(await collectEntities(context));
  });
  router.post('/entities/vms', async (req, res) => {
    await context.httpAuth.credentials(req, { allow: ['service'] });
    const { vms } = parseInput(vmEntitiesRequestSchema, req.body);
    res.json(await collectVmEntities(context, vms));
  });
  return router;
}
