import { ConflictError } from '@backstage/errors';
import { HARVESTER_LABELS } from '@internal/plugin-harvester-common';
import { NodeObject } from '../kube/types/nodes';
import { hostRoles, hostState, isInMaintenance } from './hostFacts';

export const hostActions = ['cordon', 'uncordon', 'maintenance'] as const;
export type HostAction = (typeof hostActions)[number];

/** A merge patch of a Node and what it does. */
export type HostChange = {
  patch: object;
  message: string;
};

const isManagement = (node: NodeObject) =>
  hostRoles(node).includes('management');

/** Could still run the control plane's work: schedulable and not down. */
const isSchedulable = (node: NodeObject) =>
  !node.spec?.unschedulable &&
  !isInMaintenance(node) &&
  hostState(node) !== 'NotReady';

function requireAnotherManagementHost(node: NodeObject, nodes: NodeObject[]) {
  const others = nodes.filter(
    n => n.metadata.name !== node.metadata.name && isManagement(n),
  );
  if (isManagement(node) && !others.some(isSchedulable)) {
    throw new ConflictError(
      `Host ${node.metadata.name} is the last schedulable management host: maintenance would leave the cluster without one`,
    );
  }
}

/**
 * What cordon, uncordon or maintenance (Harvester's way: cordon and ask
 * its controller to drain; it reports progress in `maintain-status`) does
 * to a host, or 409 when the host is already there or the change would
 * take the cluster's last schedulable management host away.
 */
export function planHostChange(
  action: HostAction,
  node: NodeObject,
  nodes: NodeObject[],
  enable = true,
): HostChange {
  const name = node.metadata.name;
  const inMaintenance = isInMaintenance(node);
  const cordoned = Boolean(node.spec?.unschedulable);
  const conflict = (why: string) => new ConflictError(`Host ${name} ${why}`);

  if (action === 'cordon') {
    if (cordoned) throw conflict('is already cordoned');
    return {
      patch: { spec: { unschedulable: true } },
      message: `Host ${name} cordoned`,
    };
  }
  if (action === 'uncordon') {
    if (inMaintenance) {
      throw conflict('is in maintenance mode: disable maintenance instead');
    }
    if (!cordoned) throw conflict('is not cordoned');
    return {
      patch: { spec: { unschedulable: null } },
      message: `Host ${name} uncordoned`,
    };
  }
  if (enable) {
    if (inMaintenance) throw conflict('is already in maintenance mode');
    requireAnotherManagementHost(node, nodes);
    return {
      patch: {
        spec: { unschedulable: true },
        metadata: {
          annotations: { [HARVESTER_LABELS.drainRequested]: 'true' },
        },
      },
      message: `Host ${name} is entering maintenance mode; Harvester drains its VMs`,
    };
  }
  if (!inMaintenance) throw conflict('is not in maintenance mode');
  return {
    patch: {
      spec: { unschedulable: null },
      metadata: {
        annotations: {
          [HARVESTER_LABELS.drainRequested]: null,
          [HARVESTER_LABELS.maintenance]: null,
        },
      },
    },
    message: `Host ${name} left maintenance mode`,
  };
}
