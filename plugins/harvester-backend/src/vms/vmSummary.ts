import {
  HARVESTER_VM_RESOURCE_TYPE,
  harvesterVmEntityRef,
  VmSummary,
} from '@internal/plugin-harvester-common';
import { VirtualMachine, VirtualMachineInstance } from '../kube/types/kubevirt';
import { HarvesterResource } from '../permissions/HarvesterResource';
import { Ownership } from '../resources/ownership';
import { pvcSizeBytes, VmRelations } from './vmRelations';
import { vmSpecFacts } from './vmSpecFacts';
import { deriveVmState, runStrategyOf } from './vmState';

/** The VM as the permission rules see it. */
export function vmResource(
  ownership: Ownership,
  vm: VirtualMachine,
): HarvesterResource {
  return ownership.resourceOf(HARVESTER_VM_RESOURCE_TYPE, vm);
}

function ipAddressesOf(vmi: VirtualMachineInstance | undefined): string[] {
  const addresses = (vmi?.status?.interfaces ?? []).flatMap(
    i => i.ipAddresses ?? (i.ipAddress ? [i.ipAddress] : []),
  );
  return [...new Set(addresses)];
}

function storageBytesOf(vm: VirtualMachine, relations: VmRelations): number {
  const facts = vmSpecFacts(vm);
  const claims = new Set([...facts.claimNames, ...facts.templateSizes.keys()]);
  let total = 0;
  for (const name of claims) {
    const pvc = relations.claim(vm.metadata.namespace!, name);
    total += (pvc && pvcSizeBytes(pvc)) ?? facts.templateSizes.get(name) ?? 0;
  }
  return total;
}

/** One row of the VM list, from cached objects only (no reads). */
export function toVmSummary(
  cluster: string,
  vm: VirtualMachine,
  relations: VmRelations,
  ownership: Ownership,
): VmSummary {
  const vmi = relations.instanceOf(vm);
  const { state, message } = deriveVmState(
    vm,
    vmi,
    relations.activeMigrationOf(vm) !== undefined,
  );
  const facts = vmSpecFacts(vm);
  const resource = vmResource(ownership, vm);
  const ref = {
    cluster,
    namespace: vm.metadata.namespace!,
    name: vm.metadata.name,
  };
  return {
    ...ref,
    uid: vm.metadata.uid ?? '',
    state,
    runStrategy: runStrategyOf(vm),
    host: vmi?.status?.nodeName,
    ipAddresses: ipAddressesOf(vmi),
    cpuCores: facts.cpuCores,
    memoryBytes: facts.memoryBytes,
    storageBytes: storageBytesOf(vm, relations),
    owner: resource.owner,
    tags: resource.tags,
    labels: vm.metadata.labels ?? {},
    entityRef: harvesterVmEntityRef(ref),
    createdAt: vm.metadata.creationTimestamp ?? '',
    ...(message ? { message } : {}),
  };
}
