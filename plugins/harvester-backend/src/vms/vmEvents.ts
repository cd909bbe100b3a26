import { ClusterEvent } from '@internal/plugin-harvester-common';
import { CoreEvent, eventsAbout } from '../events/toClusterEvent';
import { KubeObject } from '../kube/KubeObject';
import { ObjectReader } from '../kube/ObjectReader';

/** KubeVirt reports on the VM and on its instance, which shares its name. */
const VM_KINDS = ['VirtualMachine', 'VirtualMachineInstance'];

/** Core Events about the VM or its VMI, newest first. */
export async function vmEvents(
  cluster: string,
  reader: ObjectReader,
  vm: KubeObject,
): Promise<ClusterEvent[]> {
  const events = (await reader.list(
    'event',
    vm.metadata.namespace,
  )) as CoreEvent[];
  return eventsAbout(cluster, events, {
    kinds: VM_KINDS,
    name: vm.metadata.name,
  });
}
