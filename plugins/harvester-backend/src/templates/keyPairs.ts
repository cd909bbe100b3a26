import { KubeObject } from '../kube/KubeObject';

/** A `harvesterhci.io/v1beta1` KeyPair: an SSH public key VMs can be given. */
export type KeyPairSummary = {
  cluster: string;
  namespace: string;
  name: string;
  fingerprint?: string;
  publicKey: string;
};

export function toKeyPairSummary(
  cluster: string,
  keyPair: KubeObject,
): KeyPairSummary {
  return {
    cluster,
    namespace: keyPair.metadata.namespace!,
    name: keyPair.metadata.name,
    fingerprint: keyPair.status?.fingerPrint,
    publicKey: keyPair.spec?.publicKey ?? '',
  };
}
