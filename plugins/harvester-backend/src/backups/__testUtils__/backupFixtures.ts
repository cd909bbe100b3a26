import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_VM_RESOURCE_TYPE,
} from '@internal/plugin-harvester-common';
import { TestCluster } from '../../__testUtils__/testCluster';
import {
  areaTestApp,
  resourceCondition,
  TestGrants,
} from '../../__testUtils__/testContext';
import { vmFixtures } from '../../vms/__testUtils__/vmFixtures';
import { createBackupsRouter } from '../createBackupsRouter';

export const GiB = 2 ** 30;
export const alice = 'user:default/alice';
export const bob = 'user:default/bob';

const allBackupGrants: TestGrants = {
  'harvester.vm.read': true,
  'harvester.vm.backup': true,
};

/** Both backup permissions, on objects of VMs `owner` owns. */
export const ownedBy = (owner: string): TestGrants => {
  const decision = resourceCondition(HARVESTER_VM_RESOURCE_TYPE, 'owner', [
    owner,
  ]);
  return { 'harvester.vm.read': decision, 'harvester.vm.backup': decision };
};

/** The backups router; `backupTargetSetting` names the test's own Setting. */
export const backupsTestApp = (
  cluster: TestCluster,
  options: { grants?: TestGrants; backupTargetSetting?: string } = {},
) =>
  areaTestApp(
    context =>
      createBackupsRouter(context, {
        backupTargetSetting: options.backupTargetSetting,
      }),
    cluster.registry,
    options.grants ?? allBackupGrants,
  );

/** A VirtualMachineBackup with the status Harvester's controller would write. */
function backupFixture(
  cluster: TestCluster,
  name: string,
  type: 'backup' | 'snapshot',
  sourceVm: string,
  status: object,
) {
  return cluster.client.create('backup', {
    metadata: { name, namespace: cluster.namespace },
    spec: {
      type,
      source: {
        apiGroup: 'kubevirt.io',
        kind: 'VirtualMachine',
        name: sourceVm,
      },
    },
    status,
  });
}

const volumeBackup = (name: string, size: number) => ({
  volumeName: name,
  csiDriverName: 'driver.longhorn.io',
  volumeSize: size,
  persistentVolumeClaim: { metadata: { name: `web-${name}` } },
});

/**
 * Alice's VMs `web` (running) and `db` (stopped) with backups and
 * snapshots, one of a VM that is gone (Bob's), and a nightly schedule.
 */
export async function seedBackups(cluster: TestCluster): Promise<void> {
  const fixtures = vmFixtures(cluster);
  const owned = { annotations: { [HARVESTER_ANNOTATIONS.owner]: alice } };
  await fixtures.vm(
    'web',
    { ...owned, runStrategy: 'Always' },
    { printableStatus: 'Running', ready: true },
  );
  await fixtures.vmi('web', { phase: 'Running', nodeName: 'host-a' });
  await fixtures.vm(
    'db',
    { ...owned, runStrategy: 'Halted' },
    { printableStatus: 'Stopped' },
  );
  await backupFixture(cluster, 'web-snap', 'snapshot', 'web', {
    readyToUse: true,
    progress: 100,
    creationTime: '2025-01-01T00:00:00Z',
  });
  await backupFixture(cluster, 'web-backup', 'backup', 'web', {
    readyToUse: true,
    progress: 100,
    volumeBackups: [
      volumeBackup('disk-0', 10 * GiB),
      volumeBackup('disk-1', 5 * GiB),
    ],
  });
  await backupFixture(cluster, 'db-snap', 'snapshot', 'db', {
    readyToUse: false,
    progress: 50,
  });
  await backupFixture(cluster, 'db-ready', 'snapshot', 'db', {
    readyToUse: true,
  });
  await backupFixture(cluster, 'gone-backup', 'backup', 'gone', {
    readyToUse: false,
    error: { message: 'backup target unreachable' },
    source: {
      metadata: {
        name: 'gone',
        annotations: { [HARVESTER_ANNOTATIONS.owner]: bob },
      },
    },
  });
  await cluster.client.create('scheduleBackup', {
    metadata: { name: 'web-nightly', namespace: cluster.namespace },
    spec: {
      cron: '0 2 * * *',
      retain: 7,
      maxFailure: 3,
      vmbackup: {
        type: 'backup',
        source: {
          apiGroup: 'kubevirt.io',
          kind: 'VirtualMachine',
          name: 'web',
        },
      },
    },
    status: {
      failure: 1,
      vmbackupInfo: [{ name: 'web-backup', readyToUse: true }],
    },
  });
}
