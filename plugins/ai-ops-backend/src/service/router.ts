import express from 'express';
import Router from 'express-promise-router';
import { AiOpsContext } from './AiOpsContext';
import { createTenancyRouter } from '../tenancy/createTenancyRouter';
import { createPipelinesRouter } from '../pipelines/createPipelinesRouter';
import { createDataRouter } from '../data/createDataRouter';
import { Execution } from '../runs/startExecution';
import { createSchedulesRouter } from '../schedules/createSchedulesRouter';
import { createEntitiesRouter } from '../entities/createEntitiesRouter';
import { createApiKeysRouter } from '../apiKeys/createApiKeysRouter';
import { createSecretRoutes } from '../secrets/secretRoutes';

/** Every route of `/api/ai-ops`; each area checks its own permissions. */
export async function createRouter(
  context: AiOpsContext,
  execution: Execution,
): Promise<express.Router> {
  const router = Router();
  router.use(express.json({ limit: '5mb' }));
  router.use(await createTenancyRouter(context));
  router.use(await createPipelinesRouter(context));
  router.use(execution.router);
  router.use(await createDataRouter(context));
  router.use(await createSchedulesRouter(context, execution.launcher));
  router.use(await createEntitiesRouter(context));
  router.use(createApiKeysRouter(context, execution.launcher));
  router.use(createSecretRoutes(context));
  return router;
}
