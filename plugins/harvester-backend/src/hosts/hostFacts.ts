import {
  HARVESTER_LABELS,
  HostRole,
  HostState,
} from '@internal/plugin-harvester-common';
import { NodeObject } from '../kube/types/nodes';

/** Harvester's maintenance controller: `running` while draining, then `completed`. */
const MAINTENANCE_STATES: Record<string, HostState> = {
  running: 'EnteringMaintenance',
  completed: 'Maintenance',
};

const roleLabels: [string, HostRole][] = [
  [HARVESTER_LABELS.roleManagement, 'management'],
  // Harvester promotes its first nodes to control-plane without its own label.
  ['node-role.kubernetes.io/control-plane', 'management'],
  [HARVESTER_LABELS.roleWitness, 'witness'],
  [HARVESTER_LABELS.roleWorker, 'worker'],
];

const hasLabel = (node: NodeObject, label: string) => {
  const value = node.metadata.labels?.[label];
  return value !== undefined && value !== 'false';
};

/**
 * Roles from Harvester's node-role labels. A host without one is a
 * compute node (Harvester's `default` role), shown as `worker`.
 */
export function hostRoles(node: NodeObject): HostRole[] {
  const roles = new Set(
    roleLabels.filter(([label]) => hasLabel(node, label)).map(([, r]) => r),
  );
  return roles.size ? [...roles] : ['worker'];
}

export function isInMaintenance(node: NodeObject): boolean {
  const annotations = node.metadata.annotations ?? {};
  return (
    HARVESTER_LABELS.maintenance in annotations ||
    HARVESTER_LABELS.drainRequested in annotations
  );
}

/**
 * The state the Hosts page shows. Maintenance is an admin's intent and wins;
 * a drain the portal requested counts as entering maintenance until
 * Harvester's controller reports on it.
 */
export function hostState(node: NodeObject): HostState {
  const annotations = node.metadata.annotations ?? {};
  const maintenance = annotations[HARVESTER_LABELS.maintenance];
  if (maintenance !== undefined) {
    return MAINTENANCE_STATES[maintenance] ?? 'EnteringMaintenance';
  }
  if (annotations[HARVESTER_LABELS.drainRequested] === 'true') {
    return 'EnteringMaintenance';
  }
  const ready = node.status?.conditions?.find(c => c.type === 'Ready');
  if (!ready) return 'Unknown';
  if (ready.status !== 'True') return 'NotReady';
  return node.spec?.unschedulable ? 'Cordoned' : 'Active';
}

export function internalIpOf(node: NodeObject): string | undefined {
  const addresses = node.status?.addresses ?? [];
  return (
    addresses.find(a => a.type === 'InternalIP') ??
    addresses.find(a => a.type === 'ExternalIP')
  )?.address;
}
