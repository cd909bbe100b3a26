import { VirtualMachine } from '../kube/types/kubevirt';

/** How networks and VMs are keyed here: `<namespace>/<name>`. */
export const networkKey = (namespace: string, name: string) =>
  `${namespace}/${name}`;

/**
 * Every network a VM attaches to. Multus resolves a bare `networkName` in
 * the VM's own namespace.
 */
export function networksOfVm(vm: VirtualMachine): string[] {
  const namespace = vm.metadata.namespace!;
  return (vm.spec?.template.spec.networks ?? []).flatMap(n => {
    const networkName = n.multus?.networkName;
    if (!networkName) return [];
    return networkName.includes('/')
      ? [networkName]
      : [networkKey(namespace, networkName)];
  });
}

/** The VMs (`<namespace>/<name>`) that use each network. */
export function vmsByNetwork(vms: VirtualMachine[]): Map<string, string[]> {
  const users = new Map<string, string[]>();
  for (const vm of vms) {
    for (const network of new Set(networksOfVm(vm))) {
      const list = users.get(network) ?? [];
      list.push(networkKey(vm.metadata.namespace!, vm.metadata.name));
      users.set(network, list);
    }
  }
  return users;
}
