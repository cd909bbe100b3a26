import { ConflictError } from '@backstage/errors';
import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_LABELS,
  VmMigration,
} from '@internal/plugin-harvester-common';
import { ClusterClient } from '../kube/ClusterClient';
import { DirectReader } from '../kube/DirectReader';
import { KubeObject } from '../kube/KubeObject';
import { ObjectReader } from '../kube/ObjectReader';
import {
  VirtualMachine,
  VirtualMachineInstance,
  VirtualMachineInstanceMigration,
} from '../kube/types/kubevirt';
import { isMigrationActive } from './vmState';

const HOSTNAME_LABEL = 'kubernetes.io/hostname';

export function toVmMigration(
  migration: VirtualMachineInstanceMigration,
): VmMigration {
  const state = migration.status?.migrationState;
  const requested =
    migration.metadata.annotations?.[HARVESTER_ANNOTATIONS.targetHost];
  const targetHost = state?.targetNode ?? requested;
  const startedAt =
    state?.startTimestamp ?? migration.metadata.creationTimestamp;
  return {
    name: migration.metadata.name,
    phase: migration.status?.phase || 'Pending',
    ...(state?.sourceNode ? { sourceHost: state.sourceNode } : {}),
    ...(targetHost ? { targetHost } : {}),
    ...(startedAt ? { startedAt } : {}),
    ...(state?.endTimestamp ? { completedAt: state.endTimestamp } : {}),
    ...(requested ? { requestedTargetHost: requested } : {}),
  };
}

/** The VM's migrations, newest first. */
export async function migrationsOfVm(
  reader: ObjectReader,
  vm: VirtualMachine,
): Promise<VirtualMachineInstanceMigration[]> {
  const all = (await reader.list(
    'migration',
    vm.metadata.namespace,
  )) as VirtualMachineInstanceMigration[];
  return all
    .filter(m => m.spec?.vmiName === vm.metadata.name)
    .sort((a, b) =>
      (b.metadata.creationTimestamp ?? '').localeCompare(
        a.metadata.creationTimestamp ?? '',
      ),
    );
}

/**
 * The VM's migration in progress, asked of the API server: a second click
 * may come before the cache saw the migration the first one started.
 */
async function activeMigrationOf(client: ClusterClient, vm: VirtualMachine) {
  const migrations = await migrationsOfVm(new DirectReader(client), vm);
  return migrations.find(isMigrationActive);
}

/** Why a host cannot take the VM, or undefined when it can. */
function unschedulableReason(
  node: KubeObject | undefined,
  host: string,
): string | undefined {
  if (!node) {
    return `host ${host} does not exist`;
  }
  if (node.spec?.unschedulable) {
    return `host ${host} is cordoned or in maintenance`;
  }
  if (node.metadata.labels?.[HARVESTER_LABELS.roleWitness] === 'true') {
    return `host ${host} is a witness node, which runs no VMs`;
  }
  const ready = (node.status?.conditions ?? []).find(
    (c: { type: string }) => c.type === 'Ready',
  );
  if (ready && ready.status !== 'True') {
    return `host ${host} is not ready`;
  }
  return undefined;
}

/**
 * Starts a live migration (a VirtualMachineInstanceMigration), to the host
 * asked for when there is one: KubeVirt's `addedNodeSelector` restricts the
 * target; the annotation records what the caller asked for.
 */
export async function startMigration(
  client: ClusterClient,
  reader: ObjectReader,
  vm: VirtualMachine,
  vmi: VirtualMachineInstance,
  targetHost: string | undefined,
): Promise<VirtualMachineInstanceMigration> {
  const { name, namespace } = vm.metadata;
  const active = await activeMigrationOf(client, vm);
  if (active) {
    throw new ConflictError(
      `VM ${namespace}/${name} is already migrating (${active.metadata.name}); abort it first`,
    );
  }
  if (targetHost) {
    if (targetHost === vmi.status?.nodeName) {
      throw new ConflictError(
        `VM ${namespace}/${name} already runs on host ${targetHost}`,
      );
    }
    const reason = unschedulableReason(
      await reader.get('node', undefined, targetHost),
      targetHost,
    );
    if (reason) {
      throw new ConflictError(
        `Cannot migrate VM ${namespace}/${name}: ${reason}`,
      );
    }
  }
  return (await client.create('migration', {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachineInstanceMigration',
    metadata: {
      // An empty name lets the API server generate one from generateName.
      name: '',
      generateName: `${name}-`,
      namespace,
      ...(targetHost
        ? { annotations: { [HARVESTER_ANNOTATIONS.targetHost]: targetHost } }
        : {}),
    } as KubeObject['metadata'],
    spec: {
      vmiName: name,
      ...(targetHost
        ? { addedNodeSelector: { [HOSTNAME_LABEL]: targetHost } }
        : {}),
    },
  })) as VirtualMachineInstanceMigration;
}

/** Aborts the VM's running migration by deleting it, as KubeVirt expects. */
export async function abortMigration(
  client: ClusterClient,
  vm: VirtualMachine,
): Promise<VirtualMachineInstanceMigration> {
  const active = await activeMigrationOf(client, vm);
  if (!active) {
    throw new ConflictError(
      `VM ${vm.metadata.namespace}/${vm.metadata.name} has no migration in progress to abort`,
    );
  }
  await client.delete(
    'migration',
    active.metadata.namespace,
    active.metadata.name,
  );
  return active;
}
