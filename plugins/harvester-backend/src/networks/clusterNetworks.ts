import { ClusterNetworkSummary } from '@internal/plugin-harvester-common';
import { KubeObject } from '../kube/KubeObject';

type Condition = { type: string; status: string };

/** `network.harvesterhci.io/v1beta1` ClusterNetwork with its VlanConfigs. */
export function toClusterNetworkSummary(
  cluster: string,
  clusterNetwork: KubeObject,
  vlanConfigs: KubeObject[],
): ClusterNetworkSummary {
  const name = clusterNetwork.metadata.name;
  const conditions: Condition[] = clusterNetwork.status?.conditions ?? [];
  return {
    cluster,
    name,
    ready: conditions.some(
      c => c.type.toLowerCase() === 'ready' && c.status === 'True',
    ),
    vlanConfigs: vlanConfigs
      .filter(v => v.spec?.clusterNetwork === name)
      .map(v => v.metadata.name)
      .sort(),
  };
}
