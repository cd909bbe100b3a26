import express from 'express';
import Router from 'express-promise-router';
import { RunLauncher } from '../runs/RunLauncher';
import { AiOpsContext } from '../service/AiOpsContext';
import { createFireNowRoute } from './fireNowRoute';
import { createScheduleRoutes } from './scheduleRoutes';
import { createTriggerRoutes } from './triggerRoutes';

/**
 * Schedules and event triggers of pipelines, and firing a schedule now.
 * Runs on time are started by the tick and on events by the subscription
 * (startSchedules).
 */
export async function createSchedulesRouter(
  context: AiOpsContext,
  launcher: RunLauncher,
): Promise<express.Router> {
  const router = Router();
  router.use(createScheduleRoutes(context));
  router.use(createFireNowRoute(context, launcher));
  router.use(createTriggerRoutes(context));
  return router;
}
