import { KubeObject } from '../kube/KubeObject';
import { ObjectReader } from '../kube/ObjectReader';
import { parseQuantity } from '../kube/quantity';
import {
  VirtualMachine,
  VirtualMachineInstance,
  VirtualMachineInstanceMigration,
} from '../kube/types/kubevirt';
import { isMigrationActive } from './vmState';

/** The objects of one cluster a VM's summary is derived from besides itself. */
export type VmRelations = {
  instanceOf(vm: VirtualMachine): VirtualMachineInstance | undefined;
  activeMigrationOf(
    vm: VirtualMachine,
  ): VirtualMachineInstanceMigration | undefined;
  claim(namespace: string, claimName: string): KubeObject | undefined;
};

/** A PVC's capacity, else its request. */
export const pvcSizeBytes = (pvc: KubeObject): number | undefined =>
  parseQuantity(pvc.status?.capacity?.storage) ??
  parseQuantity(pvc.spec?.resources?.requests?.storage);

const key = (namespace: string | undefined, name: string) =>
  `${namespace}/${name}`;

function byKey<T extends KubeObject>(
  objects: T[],
  nameOf: (object: T) => string,
): Map<string, T> {
  return new Map(objects.map(o => [key(o.metadata.namespace, nameOf(o)), o]));
}

/**
 * Lists a cluster's VMIs, migrations and PVCs once, so summarising
 * thousands of VMs is map lookups rather than a read per VM.
 */
export async function loadVmRelations(
  reader: ObjectReader,
  namespace?: string,
): Promise<VmRelations> {
  const [vmis, migrations, pvcs] = await Promise.all([
    reader.list('vmi', namespace) as Promise<VirtualMachineInstance[]>,
    reader.list('migration', namespace) as Promise<
      VirtualMachineInstanceMigration[]
    >,
    reader.list('pvc', namespace),
  ]);
  const instances = byKey(vmis, o => o.metadata.name);
  const active = byKey(
    migrations.filter(isMigrationActive),
    o => o.spec?.vmiName ?? '',
  );
  const claims = byKey(pvcs, o => o.metadata.name);
  return {
    instanceOf: vm =>
      instances.get(key(vm.metadata.namespace, vm.metadata.name)),
    activeMigrationOf: vm =>
      active.get(key(vm.metadata.namespace, vm.metadata.name)),
    claim: (ns, claimName) => claims.get(key(ns, claimName)),
  };
}
