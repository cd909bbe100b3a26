import { NetworkSummary } from '@internal/plugin-harvester-common';
import { KubeObject } from '../kube/KubeObject';
import { DESCRIPTION_ANNOTATION } from '../vms/buildVmManifest';

/** Labels Harvester puts on its VM networks. */
export const NETWORK_LABELS = {
  clusterNetwork: 'network.harvesterhci.io/clusternetwork',
  type: 'network.harvesterhci.io/type',
  vlanId: 'network.harvesterhci.io/vlan-id',
} as const;

/** `k8s.cni.cncf.io/v1` NetworkAttachmentDefinition; `spec.config` is CNI JSON. */
export type NetworkAttachmentObject = KubeObject<{ config?: string }>;

type BridgeConfig = { type?: string; bridge?: string; vlan?: number };

/** The bridge Harvester names after a cluster network. */
const bridgeOf = (clusterNetwork: string) => `${clusterNetwork}-br`;

function configOf(nad: NetworkAttachmentObject): BridgeConfig {
  try {
    const config = JSON.parse(nad.spec?.config ?? '{}');
    return typeof config === 'object' && config ? config : {};
  } catch {
    // Not made by Harvester or the portal: the labels still tell most.
    return {};
  }
}

/** A VLAN network as Harvester's UI creates it. */
export function buildNetworkAttachment(options: {
  namespace: string;
  name: string;
  vlan: number;
  clusterNetwork: string;
  description?: string;
}): NetworkAttachmentObject {
  const { namespace, name, vlan, clusterNetwork, description } = options;
  return {
    apiVersion: 'k8s.cni.cncf.io/v1',
    kind: 'NetworkAttachmentDefinition',
    metadata: {
      name,
      namespace,
      labels: {
        [NETWORK_LABELS.clusterNetwork]: clusterNetwork,
        [NETWORK_LABELS.type]: 'L2VlanNetwork',
        [NETWORK_LABELS.vlanId]: String(vlan),
      },
      ...(description
        ? { annotations: { [DESCRIPTION_ANNOTATION]: description } }
        : {}),
    },
    spec: {
      config: JSON.stringify({
        cniVersion: '0.3.1',
        name,
        type: 'bridge',
        bridge: bridgeOf(clusterNetwork),
        promiscMode: true,
        vlan,
        ipam: {},
      }),
    },
  };
}

/** VLAN id and cluster network from the labels, else the CNI config. */
export function networkFacts(nad: NetworkAttachmentObject): {
  type: string;
  vlan?: number;
  clusterNetwork: string;
} {
  const labels = nad.metadata.labels ?? {};
  const config = configOf(nad);
  const vlan =
    config.vlan ?? (Number(labels[NETWORK_LABELS.vlanId]) || undefined);
  return {
    type:
      labels[NETWORK_LABELS.type] ??
      (vlan ? 'L2VlanNetwork' : 'UntaggedNetwork'),
    ...(vlan ? { vlan } : {}),
    clusterNetwork:
      labels[NETWORK_LABELS.clusterNetwork] ??
      config.bridge?.replace(/-br$/, '') ??
      'mgmt',
  };
}

export function toNetworkSummary(
  cluster: string,
  nad: NetworkAttachmentObject,
  vmCount: number,
): NetworkSummary {
  return {
    cluster,
    namespace: nad.metadata.namespace!,
    name: nad.metadata.name,
    ...networkFacts(nad),
    vmCount,
    createdAt: nad.metadata.creationTimestamp ?? '',
  };
}
