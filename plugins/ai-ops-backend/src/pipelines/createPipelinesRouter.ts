import express from 'express';
import Router from 'express-promise-router';
import { AiOpsContext } from '../service/AiOpsContext';
import { createNodeTypeRoutes } from './nodeTypeRoutes';
import { createPipelineRoutes } from './pipelineRoutes';
import { createPipelineVersionRoutes } from './pipelineVersionRoutes';
import { PipelineStore } from './PipelineStore';

/** Node types, templates, pipelines and their versions. */
export async function createPipelinesRouter(
  context: AiOpsContext,
): Promise<express.Router> {
  const store = new PipelineStore(context.knex);
  const router = Router();
  router.use(createNodeTypeRoutes(context));
  router.use(createPipelineRoutes(context, store));
  router.use(createPipelineVersionRoutes(context, store));
  return router;
}
