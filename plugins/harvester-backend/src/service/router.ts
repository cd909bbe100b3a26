import express from 'express';
import Router from 'express-promise-router';
import { createBackupsRouter } from '../backups/createBackupsRouter';
import { createClustersRouter } from '../clusters/createClustersRouter';
import { createDashboardRouter } from '../dashboard/createDashboardRouter';
import { createEntitiesRouter } from '../entities/createEntitiesRouter';
import { createHostsRouter } from '../hosts/createHostsRouter';
import { createImagesRouter } from '../images/createImagesRouter';
import { createMonitoringRouter } from '../monitoring/createMonitoringRouter';
import { createNamespacesRouter } from '../namespaces/createNamespacesRouter';
import { createNetworksRouter } from '../networks/createNetworksRouter';
import { createSettingsRouter } from '../settings/createSettingsRouter';
import { createTemplatesRouter } from '../templates/createTemplatesRouter';
import { createVmsRouter } from '../vms/createVmsRouter';
import { createVolumesRouter } from '../volumes/createVolumesRouter';
import { HarvesterContext } from './HarvesterContext';

/** Everything under `/api/harvester`, one router per area. */
export async function createRouter(
  context: HarvesterContext,
): Promise<express.Router> {
  const router = Router();
  router.use(express.json({ limit: '1mb' }));
  router.use(await createClustersRouter(context));
  router.use(await createDashboardRouter(context));
  router.use(await createVmsRouter(context));
  router.use(await createHostsRouter(context));
  router.use(await createVolumesRouter(context));
  router.use(await createImagesRouter(context));
  router.use(await createNamespacesRouter(context));
  router.use(await createNetworksRouter(context));
  router.use(await createBackupsRouter(context));
  router.use(await createTemplatesRouter(context));
  router.use(await createMonitoringRouter(context));
  router.use(await createSettingsRouter(context));
  router.use(await createEntitiesRouter(context));
  return router;
}
