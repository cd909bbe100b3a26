import {
  ClusterNetworkSummary,
  HARVESTER_NETWORK_RESOURCE_TYPE,
  NetworkSummary,
} from '@internal/plugin-harvester-common';
import { VirtualMachine } from '../kube/types/kubevirt';
import { ListScope, PermittedCandidate } from '../resources/listPermitted';
import { toClusterNetworkSummary } from './clusterNetworks';
import { NetworkAttachmentObject, toNetworkSummary } from './networkAttachment';
import { networkKey, vmsByNetwork } from './networkUsers';

/** A cluster's VM networks with how many VMs use each. */
export async function loadNetworks({
  handle,
  reader,
  ownership,
}: ListScope): Promise<PermittedCandidate<NetworkSummary>[]> {
  const [nads, vms] = await Promise.all([
    reader.list('networkAttachment') as Promise<NetworkAttachmentObject[]>,
    reader.list('vm') as Promise<VirtualMachine[]>,
  ]);
  const users = vmsByNetwork(vms);
  return nads.map(nad => ({
    item: toNetworkSummary(
      handle.name,
      nad,
      users.get(networkKey(nad.metadata.namespace!, nad.metadata.name))
        ?.length ?? 0,
    ),
    resource: ownership.resourceOf(HARVESTER_NETWORK_RESOURCE_TYPE, nad),
  }));
}

/**
 * A cluster's cluster networks (the hosts' uplinks) with their VLAN
 * configs; seen as networks, so whoever may see VM networks may see what
 * they run on.
 */
export async function loadClusterNetworks({
  handle,
  reader,
  ownership,
}: ListScope): Promise<PermittedCandidate<ClusterNetworkSummary>[]> {
  const [clusterNetworks, vlanConfigs] = await Promise.all([
    reader.list('clusterNetwork'),
    reader.list('vlanConfig'),
  ]);
  return clusterNetworks.map(cn => ({
    item: toClusterNetworkSummary(handle.name, cn, vlanConfigs),
    resource: ownership.resourceOf(HARVESTER_NETWORK_RESOURCE_TYPE, cn),
  }));
}
