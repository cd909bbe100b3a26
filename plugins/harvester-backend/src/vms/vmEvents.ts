import { ClusterEvent } from '@internal/plugin-harvester-common';
import { KubeObject } from '../kube/KubeObject';
import { ObjectReader } from '../kube/ObjectReader';

/** KubeVirt reports on the VM and on its instance, which shares its name. */
const vmKinds = new Set(['VirtualMachine', 'VirtualMachineInstance']);

function toClusterEvent(cluster: string, event: KubeObject): ClusterEvent {
  const involved = event.involvedObject as { kind: string; name: string };
  return {
    cluster,
    namespace: event.metadata.namespace,
    type: event.type === 'Warning' ? 'Warning' : 'Normal',
    reason: String(event.reason ?? ''),
    message: String(event.message ?? ''),
    object: `${involved.kind}/${involved.name}`,
    count: Number(event.count ?? 1),
    lastSeen: String(
      event.lastTimestamp ??
        event.eventTime ??
        event.metadata.creationTimestamp ??
        '',
    ),
  };
}

/** Core Events about the VM or its VMI, newest first. */
export async function vmEvents(
  cluster: string,
  reader: ObjectReader,
  vm: KubeObject,
): Promise<ClusterEvent[]> {
  const events = await reader.list('event', vm.metadata.namespace);
  return events
    .filter(e => {
      const involved = e.involvedObject as
        | { kind?: string; name?: string }
        | undefined;
      return (
        vmKinds.has(involved?.kind ?? '') && involved?.name === vm.metadata.name
      );
    })
    .map(e => toClusterEvent(cluster, e))
    .sort((a, b) => b.lastSeen.localeCompare(a.lastSeen));
}
