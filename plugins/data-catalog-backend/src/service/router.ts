import express from 'express';
import Router from 'express-promise-router';
import { createAssetsRouter } from '../assets/createAssetsRouter';
import { createGovernanceRouter } from '../governance/createGovernanceRouter';
import { createSourcesRouter } from '../ingestion/createSourcesRouter';
import { createLineageRouter } from '../lineage/createLineageRouter';
import { createSearchRouter } from '../search/createSearchRouter';
import { DataCatalogContext } from './DataCatalogContext';

/** Everything under `/api/data-catalog`, one router per area. */
export async function createRouter(
  context: DataCatalogContext,
): Promise<express.Router> {
  const router = Router();
  router.use(express.json({ limit: '2mb' }));
  router.use(await createSourcesRouter(context));
  router.use(await createAssetsRouter(context));
  router.use(await createGovernanceRouter(context));
  router.use(await createSearchRouter(context));
  router.use(await createLineageRouter(context));
  return router;
}
