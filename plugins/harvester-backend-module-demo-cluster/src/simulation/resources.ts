import { HARVESTER_LABELS } from '@internal/plugin-harvester-common';
import { conditionOf, KubeObject } from '../kube/KubeObject';
import { parseQuantity } from './quantity';

/** CPU cores and memory bytes. */
export type Resources = { cpu: number; memory: number };

/** What a VMI (or VM template) asks the scheduler for: requests, else limits, else the guest's size. */
export function requestsOf(spec: any): Resources {
  const domain = spec?.domain ?? {};
  const { requests = {}, limits = {} } = domain.resources ?? {};
  const guest = guestOf(spec);
  return {
    cpu: parseQuantity(requests.cpu ?? limits.cpu) || guest.cpu,
    memory: parseQuantity(requests.memory ?? limits.memory) || guest.memory,
  };
}

/** The guest's virtual hardware: vCPUs and memory. */
export function guestOf(spec: any): Resources {
  const domain = spec?.domain ?? {};
  const cpu = domain.cpu ?? {};
  const vcpus = (cpu.cores ?? 1) * (cpu.sockets ?? 1) * (cpu.threads ?? 1);
  return {
    cpu: cpu.cores ? vcpus : parseQuantity(domain.resources?.limits?.cpu) || 1,
    memory:
      parseQuantity(domain.memory?.guest) ||
      parseQuantity(domain.resources?.limits?.memory) ||
      2 ** 30,
  };
}

export function allocatableOf(node: KubeObject): Resources {
  const allocatable = node.status?.allocatable ?? node.status?.capacity ?? {};
  return {
    cpu: parseQuantity(allocatable.cpu),
    memory: parseQuantity(allocatable.memory),
  };
}

/** The node a VMI occupies: where it runs, or where it is migrating to. */
export function nodesOccupiedBy(vmi: KubeObject): string[] {
  const state = vmi.status?.migrationState;
  const migrating =
    state && !state.completed && !state.failed && state.targetNode;
  return [
    vmi.status?.nodeName,
    migrating ? state.targetNode : undefined,
  ].filter(Boolean);
}

/** Whether new VMs may land on the node: not cordoned, tainted, in maintenance or NotReady. */
export function isSchedulable(node: KubeObject): boolean {
  const taints: { effect?: string }[] = node.spec?.taints ?? [];
  return (
    !node.spec?.unschedulable &&
    !taints.some(t => t.effect === 'NoSchedule' || t.effect === 'NoExecute') &&
    !node.metadata.annotations?.[HARVESTER_LABELS.maintenance] &&
    conditionOf(node, 'Ready')?.status !== 'False'
  );
}
