import type {
  Dashboard,
  HostState,
  ResourceUsage,
} from '@internal/plugin-harvester-common';
import type * as T from '../api/types';
import type {
  HarvesterClustersApi,
  HarvesterHostsApi,
} from '../api/HarvesterApi';
import * as fixtures from './fixtures';
import { clone, findOr404, listPage } from './fakeHelpers';

function countBy<V>(items: V[], key: (item: V) => string) {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function sumUsage(usages: ResourceUsage[]): ResourceUsage {
  const sum = (pick: (u: ResourceUsage) => number | undefined) =>
    usages.reduce((total, u) => total + (pick(u) ?? 0), 0);
  return {
    cpuCoresUsed: sum(u => u.cpuCoresUsed),
    cpuCoresAllocated: sum(u => u.cpuCoresAllocated),
    cpuCoresTotal: sum(u => u.cpuCoresTotal),
    memoryBytesUsed: sum(u => u.memoryBytesUsed),
    memoryBytesAllocated: sum(u => u.memoryBytesAllocated),
    memoryBytesTotal: sum(u => u.memoryBytesTotal),
    storageBytesUsed: sum(u => u.storageBytesUsed),
    storageBytesProvisioned: sum(u => u.storageBytesProvisioned),
    storageBytesTotal: sum(u => u.storageBytesTotal),
  };
}

/**
 * Clusters, hosts, settings, events, the dashboard and monitoring of the
 * in-memory fake; the dashboard is computed from the fake's state.
 */
export class FakeClusters implements HarvesterClustersApi, HarvesterHostsApi {
  clusters = clone(fixtures.clusters);
  hosts = clone(fixtures.hosts);
  events = clone(fixtures.events);
  settings = clone(fixtures.settings);
  monitoring = clone(fixtures.monitoring);
  vms = clone(fixtures.vms);
  volumes = clone(fixtures.volumes);
  images = clone(fixtures.images);

  async listClusters() {
    return clone(this.clusters);
  }

  async getDashboard(query: { cluster?: string[] } = {}): Promise<Dashboard> {
    const inScope = <V extends { cluster: string }>(items: V[]) =>
      items.filter(
        item => !query.cluster?.length || query.cluster.includes(item.cluster),
      );
    const hosts = inScope(this.hosts);
    const vms = inScope(this.vms);
    const volumes = inScope(this.volumes);
    return clone({
      clusters: this.clusters.filter(
        c => !query.cluster?.length || query.cluster.includes(c.name),
      ),
      hosts: { total: hosts.length, byState: countBy(hosts, h => h.state) },
      vms: { total: vms.length, byState: countBy(vms, v => v.state) },
      capacity: sumUsage(hosts.map(h => h.usage)),
      volumes: {
        total: volumes.length,
        sizeBytes: volumes.reduce((total, v) => total + v.sizeBytes, 0),
      },
      images: { total: inScope(this.images).length },
      events: inScope(this.events),
    });
  }

  async listEvents(query: T.EventsQuery) {
    return clone(
      this.events
        .filter(
          e => !query.cluster?.length || query.cluster.includes(e.cluster),
        )
        .filter(e => !query.namespace || e.namespace === query.namespace)
        .filter(e => !query.type || e.type === query.type)
        .slice(0, query.limit ?? 100),
    );
  }

  async getMonitoring(_query: T.MonitoringQuery) {
    return clone(this.monitoring);
  }

  async listSettings(query: { cluster?: string }) {
    return clone(
      this.settings.filter(s => !query.cluster || s.cluster === query.cluster),
    );
  }

  async updateSetting(
    ref: T.ClusterScopedRef,
    request: T.SettingUpdateRequest,
  ) {
    const setting = findOr404(this.settings, ref);
    setting.value = request.value ?? setting.default;
    setting.customized = setting.value !== setting.default;
    return clone(setting);
  }

  async listHosts(query: T.HostListQuery) {
    return listPage(
      this.hosts,
      query,
      h => !query.state?.length || query.state.includes(h.state),
    );
  }

  async getHost(ref: T.ClusterScopedRef) {
    const host = findOr404(this.hosts, ref);
    return clone({
      ...host,
      ...fixtures.hostDetailExtras(host),
      vms: this.vms.filter(
        v => v.cluster === host.cluster && v.host === host.name,
      ),
      events: this.events.filter(e => e.object === `Node/${host.name}`),
    });
  }

  async setHostCordoned(ref: T.ClusterScopedRef, cordoned: boolean) {
    return this.#setHostState(ref, cordoned ? 'Cordoned' : 'Active');
  }

  async setHostMaintenance(ref: T.ClusterScopedRef, enable: boolean) {
    return this.#setHostState(ref, enable ? 'Maintenance' : 'Active');
  }

  #setHostState(ref: T.ClusterScopedRef, state: HostState) {
    findOr404(this.hosts, ref).state = state;
    return {
      ok: true,
      message: `${ref.name} is now ${state}`,
      target: `${ref.cluster}/${ref.name}`,
    };
  }
}
