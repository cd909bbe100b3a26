import { KeyPairSummary } from '@internal/plugin-harvester-common';
import { KubeObject } from '../kube/KubeObject';

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
