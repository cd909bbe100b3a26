import express from 'express';
import Router from 'express-promise-router';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { createEntityFeedRoutes } from './entityFeedRoutes';
import { readIngestionConfig } from './ingestionConfig';
import { createSourceRoutes } from './sourceRoutes';
import { SyncRunner } from './SyncRunner';
import { createSyncRoutes } from './syncRoutes';

/** Sources, their syncs and schema changes, and the entity feed. */
export async function createSourcesRouter(
  context: DataCatalogContext,
): Promise<express.Router> {
  const runner = new SyncRunner({
    ...context,
    ...readIngestionConfig(context.config),
  });
  const router = Router();
  router.use(createSourceRoutes(context));
  router.use(createSyncRoutes(context, runner));
  router.use(createEntityFeedRoutes(context));
  return router;
}
