import { HARVESTER_LABELS } from '@internal/plugin-harvester-common';
import { parseQuantity } from '../kube/quantity';
import { VirtualMachine, VolumeClaimTemplate } from '../kube/types/kubevirt';

/** What a VM's own spec says about its size. */
export type VmSpecFacts = {
  cpuCores: number;
  memoryBytes: number;
  /** PVCs its volumes mount, in volume order. */
  claimNames: string[];
  /** Requested sizes from `harvesterhci.io/volumeClaimTemplates`. */
  templateSizes: Map<string, number>;
};

/**
 * The volume claim templates Harvester keeps in an annotation (JSON) of a
 * VM or a template version's VM.
 */
export function volumeClaimTemplatesOf(vm: {
  metadata?: { annotations?: Record<string, string> };
}): VolumeClaimTemplate[] {
  const raw = vm.metadata?.annotations?.[HARVESTER_LABELS.volumeClaimTemplates];
  if (!raw) {
    return [];
  }
  try {
    const parsed = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    // Hand-edited annotations may be broken; the PVCs still give sizes.
    return [];
  }
}

function cpuCoresOf(vm: VirtualMachine): number {
  const domain = vm.spec?.template.spec.domain;
  const cpu = domain?.cpu;
  if (cpu && (cpu.cores || cpu.sockets || cpu.threads)) {
    return (cpu.cores ?? 1) * (cpu.sockets ?? 1) * (cpu.threads ?? 1);
  }
  return (
    parseQuantity(domain?.resources?.limits?.cpu) ??
    parseQuantity(domain?.resources?.requests?.cpu) ??
    // KubeVirt's default topology is one core.
    1
  );
}

function memoryBytesOf(vm: VirtualMachine): number {
  const domain = vm.spec?.template.spec.domain;
  return (
    parseQuantity(domain?.memory?.guest) ??
    parseQuantity(domain?.resources?.requests?.memory) ??
    parseQuantity(domain?.resources?.limits?.memory) ??
    0
  );
}

function computeFacts(vm: VirtualMachine): VmSpecFacts {
  const templateSizes = new Map<string, number>();
  for (const template of volumeClaimTemplatesOf(vm)) {
    const size = parseQuantity(template.spec?.resources?.requests?.storage);
    if (template.metadata?.name && size !== undefined) {
      templateSizes.set(template.metadata.name, size);
    }
  }
  const claimNames = (vm.spec?.template.spec.volumes ?? []).flatMap(v =>
    v.persistentVolumeClaim ? [v.persistentVolumeClaim.claimName] : [],
  );
  return {
    cpuCores: cpuCoresOf(vm),
    memoryBytes: memoryBytesOf(vm),
    claimNames,
    templateSizes,
  };
}

// Keyed by the object itself: the watch cache replaces an object on every
// change (new resourceVersion), so an entry is reused exactly as long as the
// VM is unchanged and goes away with it.
const memo = new WeakMap<VirtualMachine, VmSpecFacts>();

/** The VM's size facts, parsed once per resourceVersion. */
export function vmSpecFacts(vm: VirtualMachine): VmSpecFacts {
  let facts = memo.get(vm);
  if (!facts) {
    facts = computeFacts(vm);
    memo.set(vm, facts);
  }
  return facts;
}
