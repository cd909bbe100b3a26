import express from 'express';
import Router from 'express-promise-router';
import { AiOpsContext } from '../service/AiOpsContext';
import { createConnectionRoutes } from './connections/connectionRoutes';
import { createDatasetRoutes } from './datasets/datasetRoutes';
import { createDatasetVersionRoutes } from './datasets/datasetVersionRoutes';

/** Connections, datasets, their versions, validation reports and lineage. */
export async function createDataRouter(
  context: AiOpsContext,
): Promise<express.Router> {
  const router = Router();
  router.use(createConnectionRoutes(context));
  router.use(createDatasetRoutes(context));
  router.use(createDatasetVersionRoutes(context));
  return router;
}
