import { ConflictError } from '@backstage/errors';
import type {
  NamespaceSummary,
  NetworkSummary,
} from '@internal/plugin-harvester-common';
import type { HarvesterApi, HarvesterTenancyApi } from '../api/HarvesterApi';
import type * as T from '../api/types';
import * as fixtures from './fixtures';
import { FakeStorage, quantityBytes } from './FakeStorage';
import {
  clone,
  findOr404,
  listPage,
  refuseDuplicate,
  removeOr404,
} from './fakeHelpers';

/**
 * An in-memory HarvesterApi over the fixtures. Lists filter and page like
 * the server, and changes change its state, so a page that reloads after a
 * change shows the change. Tests spy on its methods to see what the UI
 * sent. The areas are a class chain to keep each file short.
 */
export class FakeHarvesterApi
  extends FakeStorage
  implements HarvesterApi, HarvesterTenancyApi
{
  namespaces = clone(fixtures.namespaces);
  networks = clone(fixtures.networks);
  clusterNetworks = clone(fixtures.clusterNetworks);

  async listNamespaces(query: T.ListQuery) {
    // A namespace's own name is what the namespace filter names.
    return listPage(
      this.namespaces,
      { ...query, namespace: undefined },
      n => !query.namespace?.length || query.namespace.includes(n.name),
    );
  }
  async createNamespace(cluster: string, request: T.NamespaceCreateRequest) {
    refuseDuplicate(this.namespaces, { cluster, name: request.name });
    const namespace: NamespaceSummary = {
      cluster,
      name: request.name,
      phase: 'Active',
      owner: request.owner,
      vmCount: 0,
      usage: { cpuCores: 0, memoryBytes: 0, storageBytes: 0 },
      createdAt: fixtures.now,
    };
    this.namespaces.push(namespace);
    return clone(namespace);
  }
  async setNamespaceQuota(
    ref: T.ClusterScopedRef,
    request: T.NamespaceQuotaRequest,
  ) {
    const namespace = findOr404(this.namespaces, ref);
    namespace.quota = {
      cpuCores: request.cpuCores,
      memoryBytes: request.memory ? quantityBytes(request.memory) : undefined,
      storageBytes: request.storage
        ? quantityBytes(request.storage)
        : undefined,
      vmCount: request.vmCount,
    };
    return clone(namespace);
  }

  async listNetworks(query: T.ListQuery) {
    return listPage(this.networks, query);
  }
  async listClusterNetworks(query: { cluster?: string }) {
    return clone(
      this.clusterNetworks.filter(
        c => !query.cluster || c.cluster === query.cluster,
      ),
    );
  }
  async createNetwork(
    target: T.NamespaceTarget,
    request: T.NetworkCreateRequest,
  ) {
    const ref = { ...target, name: request.name };
    refuseDuplicate(this.networks, ref);
    const network: NetworkSummary = {
      ...ref,
      type: 'L2VlanNetwork',
      vlan: request.vlan,
      clusterNetwork: request.clusterNetwork ?? 'mgmt',
      vmCount: 0,
      createdAt: fixtures.now,
    };
    this.networks.push(network);
    return clone(network);
  }
  async deleteNetwork(ref: T.NamespacedRef) {
    const network = findOr404(this.networks, ref);
    if (network.vmCount > 0) {
      throw new ConflictError(
        `${network.name} is used by ${network.vmCount} VMs`,
      );
    }
    removeOr404(this.networks, ref);
  }
}
