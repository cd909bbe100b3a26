import { InputError } from '@backstage/errors';
import { VmInterfaceDevice, VmNetwork } from '../kube/types/kubevirt';

export type NetworkRequest = { model: string; macAddress?: string };

/**
 * Interfaces and networks as Harvester's UI writes them: the management
 * network is the pod network behind masquerade (NAT); a VM network is a
 * Multus attachment on a bridge. The first is named `default`.
 */
export function networkParts(
  /** `pod` or `<namespace>/<nad>`, resolved. */
  networks: string[],
  requests: NetworkRequest[],
): { interfaces: VmInterfaceDevice[]; networks: VmNetwork[] } {
  if (networks.filter(n => n === 'pod').length > 1) {
    throw new InputError(
      'Invalid request: networks: the management network (pod) can be attached once',
    );
  }
  const parts = networks.map((network, i) => {
    const name = i === 0 ? 'default' : `nic-${i}`;
    const { model, macAddress } = requests[i];
    const pod = network === 'pod';
    return {
      iface: {
        name,
        model,
        ...(pod ? { masquerade: {} } : { bridge: {} }),
        ...(macAddress ? { macAddress } : {}),
      },
      network: pod
        ? { name, pod: {} }
        : { name, multus: { networkName: network } },
    };
  });
  return {
    interfaces: parts.map(p => p.iface),
    networks: parts.map(p => p.network),
  };
}
