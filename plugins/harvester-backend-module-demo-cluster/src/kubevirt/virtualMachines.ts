import { conditionOf, KubeObject } from '../kube/KubeObject';

export type RunStrategy =
  | 'Always'
  | 'RerunOnFailure'
  | 'Manual'
  | 'Halted'
  | 'Once';

/** `spec.runStrategy`, or the deprecated `spec.running` mapped onto it. */
export function runStrategyOf(vm: KubeObject): RunStrategy {
  if (vm.spec?.runStrategy) return vm.spec.runStrategy;
  return vm.spec?.running ? 'Always' : 'Halted';
}

/** Succeeded and Failed VMIs are finished; a new one replaces them. */
export function isFinal(vmi: KubeObject | undefined): boolean {
  const phase = vmi?.status?.phase;
  return phase === 'Succeeded' || phase === 'Failed';
}

export function isPaused(vmi: KubeObject | undefined): boolean {
  return conditionOf(vmi, 'Paused')?.status === 'True';
}

/** The VirtualMachineInstance virt-controller creates for a VM, from its template. */
export function instanceFor(vm: KubeObject): KubeObject {
  const { name, namespace, uid } = vm.metadata;
  const template = vm.spec?.template ?? {};
  return {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachineInstance',
    metadata: {
      name,
      namespace,
      labels: { ...template.metadata?.labels, 'vm.kubevirt.io/name': name },
      ...(template.metadata?.annotations
        ? { annotations: { ...template.metadata.annotations } }
        : {}),
      ownerReferences: [
        {
          apiVersion: 'kubevirt.io/v1',
          kind: 'VirtualMachine',
          name,
          uid: uid!,
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec: structuredClone(template.spec ?? { domain: { devices: {} } }),
  };
}
