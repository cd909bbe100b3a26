import { InputError } from '@backstage/errors';
import { parseInput } from '@internal/plugin-authz-node';
import {
  harvesterClusterReadPermission,
  harvesterHostReadPermission,
  harvesterVmReadPermission,
  Monitoring,
  monitoringQuerySchema,
} from '@internal/plugin-harvester-common';
import express from 'express';
import Router from 'express-promise-router';
import { clusterResource } from '../clusters/clusterResource';
import { filterOrNothing } from '../dashboard/filterOrNothing';
import { fromClusters } from '../resources/fromClusters';
import { HarvesterContext } from '../service/HarvesterContext';
import { createCurrentUsageReader } from './currentUsage';
import {
  ClusterMonitoring,
  monitorCluster,
  RequestedTarget,
} from './monitorCluster';

/** `host` or `<namespace>/<vm>`; 400 naming the field otherwise. */
function parseTarget(target: string | undefined): RequestedTarget | undefined {
  if (!target) return undefined;
  const parts = target.split('/');
  if (parts.length === 1) return { host: target };
  if (parts.length === 2 && parts.every(Boolean)) {
    return { namespace: parts[0], name: parts[1] };
  }
  throw new InputError('target: must be a host name or <namespace>/<vm>');
}

function sourceOf(clusters: ClusterMonitoring[]): Monitoring['source'] {
  if (clusters.some(c => c.prometheus === 'ok')) return 'prometheus';
  return clusters.some(c => c.metricsAvailable) ? 'metrics-server' : 'none';
}

/**
 * `GET /monitoring`: current host and VM usage from `metrics.k8s.io`, and
 * history from the Prometheus of clusters that name one. Clusters need
 * `harvester.cluster.read`; hosts and VMs (rows and charts) their own read
 * permission, and without it the page simply has none.
 */
export async function createMonitoringRouter(
  context: HarvesterContext,
): Promise<express.Router> {
  const router = Router();
  const currentUsage = createCurrentUsageReader();

  router.get('/monitoring', async (req, res) => {
    const query = parseInput(monitoringQuerySchema, req.query);
    const target = parseTarget(query.target);
    const clusterFilter = await context.harvesterAuth.filterFor(
      req,
      harvesterClusterReadPermission,
    );
    const [allowsHost, allowsVm] = await Promise.all([
      filterOrNothing(context, req, harvesterHostReadPermission),
      filterOrNothing(context, req, harvesterVmReadPermission),
    ]);

    const clusters = await fromClusters(context, query.cluster, async handle =>
      clusterFilter.allows(clusterResource(handle))
        ? [
            await monitorCluster({
              handle,
              req,
              usage: await currentUsage(handle, req),
              allowsHost,
              allowsVm,
              range: query.range,
              target,
            }),
          ]
        : [],
    );
    const errors = clusters.flatMap(c =>
      typeof c.prometheus === 'object' ? [c.prometheus.error] : [],
    );
    const monitoring: Monitoring = {
      source: sourceOf(clusters),
      hosts: clusters.flatMap(c => c.hosts),
      vms: clusters.flatMap(c => c.vms),
      series: clusters.flatMap(c => c.series),
      ...(errors.length > 0 && { prometheusError: errors.join('; ') }),
    };
    res.json(monitoring);
  });
  return router;
}
