import { harvesterClusterReadPermission } from '@internal/plugin-harvester-common';
import express from 'express';
import Router from 'express-promise-router';
import { HarvesterContext } from '../service/HarvesterContext';
import { clusterResource } from './clusterResource';

/** `GET /clusters`: the clusters the caller may read, with their connection state. */
export async function createClustersRouter(
  context: HarvesterContext,
): Promise<express.Router> {
  const router = Router();
  router.get('/clusters', async (req, res) => {
    const filter = await context.harvesterAuth.filterFor(
      req,
      harvesterClusterReadPermission,
    );
    res.json(
      context.clusters
        .list()
        .filter(handle => filter.allows(clusterResource(handle)))
        .map(handle => handle.summary()),
    );
  });
  return router;
}
