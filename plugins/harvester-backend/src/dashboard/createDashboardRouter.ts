import { parseInput } from '@internal/plugin-authz-node';
import {
  harvesterClusterReadPermission,
  harvesterHostReadPermission,
  harvesterImageReadPermission,
  harvesterVmReadPermission,
  harvesterVolumeReadPermission,
  listQuerySchema,
} from '@internal/plugin-harvester-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { clusterResource } from '../clusters/clusterResource';
import {
  CoreEvent,
  newestFirst,
  toClusterEvent,
} from '../events/toClusterEvent';
import { fromClusters, selectClusters } from '../resources/fromClusters';
import { fromReadableClusters } from '../resources/fromReadableClusters';
import { requireUser } from '../resources/requireUser';
import { loadOwnership } from '../resources/ownership';
import { HarvesterContext } from '../service/HarvesterContext';
import { buildDashboard } from './buildDashboard';
import { tallyCluster } from './clusterTally';
import { filterOrNothing } from './filterOrNothing';

const dashboardQuerySchema = listQuerySchema.pick({ cluster: true });

const eventsQuerySchema = listQuerySchema
  .pick({ cluster: true, namespace: true })
  .extend({
    type: z.enum(['Normal', 'Warning']).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  });

/** The dashboard and the events of the clusters the caller may read. */
export async function createDashboardRouter(
  context: HarvesterContext,
): Promise<express.Router> {
  const router = Router();

  router.get('/dashboard', async (req, res) => {
    const filter = await context.harvesterAuth.filterFor(
      req,
      harvesterClusterReadPermission,
    );
    const query = parseInput(dashboardQuerySchema, req.query);
    const [host, vm, volume, image] = await Promise.all(
      [
        harvesterHostReadPermission,
        harvesterVmReadPermission,
        harvesterVolumeReadPermission,
        harvesterImageReadPermission,
      ].map(permission => filterOrNothing(context, req, permission)),
    );
    const readable = selectClusters(context.clusters, query.cluster).filter(
      handle => filter.allows(clusterResource(handle)),
    );
    const tallies = await fromClusters(context, query.cluster, async handle => {
      if (!filter.allows(clusterResource(handle))) return [];
      const reader = handle.readerFor(req);
      const ownership = await loadOwnership(handle, reader);
      return [
        await tallyCluster({
          reader,
          cluster: handle.name,
          ownership,
          allows: { host, vm, volume, image },
        }),
      ];
    });
    res.json(
      buildDashboard(
        readable.map(handle => handle.summary()),
        tallies,
      ),
    );
  });

  router.get('/events', requireUser(context), async (req, res) => {
    const query = parseInput(eventsQuerySchema, req.query);
    const namespaces = new Set(query.namespace);
    const events = await fromReadableClusters(
      context,
      req,
      query.cluster,
      async handle => {
        const objects = (await handle
          .readerFor(req)
          .list('event')) as CoreEvent[];
        return objects
          .filter(
            e => !namespaces.size || namespaces.has(e.metadata.namespace!),
          )
          .map(e => toClusterEvent(handle.name, e))
          .filter(e => !query.type || e.type === query.type);
      },
    );
    res.json(events.sort(newestFirst).slice(0, query.limit));
  });

  return router;
}
