import { Monitoring } from '@internal/plugin-harvester-common';
import { Request } from 'express';
import { ClusterHandle } from '../clusters/ClusterHandle';
import { hostResource, toHostSummary } from '../hosts/hostSummary';
import { HarvesterResource } from '../permissions/HarvesterResource';
import { loadOwnership, Ownership } from '../resources/ownership';
import { VirtualMachine } from '../kube/types/kubevirt';
import { vmResource } from '../vms/vmSummary';
import { clusterHistory, HistoryTarget } from './clusterHistory';
import { CurrentUsage } from './currentUsage';
import { MonitoringRange } from './historyQueries';
import { PrometheusClient, PrometheusError } from './PrometheusClient';

/** A chart target as the query names it: a host, or `<namespace>/<vm>`. */
export type RequestedTarget =
  | { host: string }
  | { namespace: string; name: string };

export type ClusterMonitoring = Pick<Monitoring, 'hosts' | 'vms' | 'series'> & {
  metricsAvailable: boolean;
  prometheus: 'none' | 'ok' | { error: string };
};

type Allows = (resource: HarvesterResource) => boolean;

/**
 * What to ask Prometheus, and which of its series the caller may see;
 * undefined when the requested host or VM is not one the caller may read.
 */
function historyPlan(
  requested: RequestedTarget | undefined,
  readableHosts: Set<string>,
  readableVm: (namespace: string, name: string) => boolean,
): { target: HistoryTarget; allows: (t: string) => boolean } | undefined {
  if (!requested) {
    return { target: { kind: 'hosts' }, allows: t => readableHosts.has(t) };
  }
  if ('host' in requested) {
    return readableHosts.has(requested.host)
      ? {
          target: { kind: 'hosts', host: requested.host },
          allows: t => t === requested.host,
        }
      : undefined;
  }
  const { namespace, name } = requested;
  return readableVm(namespace, name)
    ? {
        target: { kind: 'vm', namespace, name },
        allows: t => t === `${namespace}/${name}`,
      }
    : undefined;
}

async function readableVmsOf(
  handle: ClusterHandle,
  req: Request,
  ownership: Ownership,
  allowsVm: Allows,
) {
  const vms = (await handle.readerFor(req).list('vm')) as VirtualMachine[];
  const readable = new Set(
    vms
      .filter(vm => allowsVm(vmResource(ownership, vm)))
      .map(vm => `${vm.metadata.namespace}/${vm.metadata.name}`),
  );
  return (namespace: string, name: string) =>
    readable.has(`${namespace}/${name}`);
}

/**
 * One cluster's monitoring: current usage of the hosts and VMs the caller
 * may read and, when the cluster has a Prometheus, the history of the
 * requested target. Prometheus failing is reported, not thrown.
 */
export async function monitorCluster(options: {
  handle: ClusterHandle;
  req: Request;
  usage: CurrentUsage;
  allowsHost: Allows;
  allowsVm: Allows;
  range: MonitoringRange;
  target?: RequestedTarget;
}): Promise<ClusterMonitoring> {
  const { handle, req, usage, allowsHost, allowsVm } = options;
  const cluster = handle.name;
  const ownership = await loadOwnership(handle, handle.readerFor(req));
  const readableVm = await readableVmsOf(handle, req, ownership, allowsVm);
  const nodes = usage.inventory.nodes.filter(node =>
    allowsHost(hostResource(ownership, node)),
  );

  const result: ClusterMonitoring = {
    hosts: nodes.map(node => ({
      cluster,
      name: node.metadata.name,
      usage: toHostSummary(cluster, node, usage.inventory, ownership).usage,
    })),
    vms: usage.vms
      .filter(vm => readableVm(vm.namespace, vm.name))
      .map(vm => ({ cluster, ...vm })),
    series: [],
    metricsAvailable: usage.metricsAvailable,
    prometheus: 'none',
  };

  const url = handle.definition.prometheusUrl;
  if (!url) return result;
  const plan = historyPlan(
    options.target,
    new Set(nodes.map(node => node.metadata.name)),
    readableVm,
  );
  try {
    if (plan) {
      result.series = await clusterHistory({
        cluster,
        prometheus: new PrometheusClient(url),
        range: options.range,
        ...plan,
      });
    }
    result.prometheus = 'ok';
  } catch (error) {
    if (!(error instanceof PrometheusError)) throw error;
    result.prometheus = { error: `${cluster}: ${error.message}` };
  }
  return result;
}
