import { ConflictError, InputError } from '@backstage/errors';
import { ObjectReader } from '../kube/ObjectReader';
import { NetworkAttachmentObject, networkFacts } from './networkAttachment';

/**
 * Before a VLAN network is created: 400 when its cluster network does not
 * exist, 409 when the namespace already has a network for that VLAN on it
 * (two would bridge the same traffic under two names).
 */
export async function requireFreeVlan(
  reader: ObjectReader,
  cluster: string,
  namespace: string,
  request: { vlan: number; clusterNetwork: string },
): Promise<void> {
  const { vlan, clusterNetwork } = request;
  if (!(await reader.get('clusterNetwork', undefined, clusterNetwork))) {
    throw new InputError(
      `Invalid request: clusterNetwork: cluster ${cluster} has no cluster network ${clusterNetwork}`,
    );
  }
  const networks = (await reader.list(
    'networkAttachment',
    namespace,
  )) as NetworkAttachmentObject[];
  const twin = networks.find(n => {
    const facts = networkFacts(n);
    return facts.vlan === vlan && facts.clusterNetwork === clusterNetwork;
  });
  if (twin) {
    throw new ConflictError(
      `VLAN ${vlan} on cluster network ${clusterNetwork} already exists in ${namespace} as network ${twin.metadata.name}`,
    );
  }
}
