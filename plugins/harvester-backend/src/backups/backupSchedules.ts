import {
  BackupScheduleSummary,
  BackupType,
} from '@internal/plugin-harvester-common';
import { KubeObject } from '../kube/KubeObject';
import { ListScope, PermittedCandidate } from '../resources/listPermitted';
import { sourceVmResource } from './backupSummary';
import { vmsByName } from './listBackups';

/** A ScheduleVMBackup (`harvesterhci.io/v1beta1`), as far as it is read. */
type ScheduleObject = KubeObject<
  {
    cron: string;
    retain: number;
    maxFailure: number;
    suspend?: boolean;
    vmbackup: { type?: BackupType; source: { name: string } };
  },
  {
    failure?: number;
    suspended?: boolean;
    vmbackupInfo?: {
      name?: string;
      readyToUse?: boolean;
      error?: { message?: string };
    }[];
  }
>;

const key = (object: KubeObject) =>
  `${object.metadata.namespace}/${object.metadata.name}`;

function lastRunOf(
  schedule: ScheduleObject,
  backups: Map<string, KubeObject>,
): BackupScheduleSummary['lastRun'] {
  const namespace = schedule.metadata.namespace;
  const runs = (schedule.status?.vmbackupInfo ?? []).flatMap(info =>
    info.name
      ? [
          {
            backup: info.name,
            createdAt: backups.get(`${namespace}/${info.name}`)?.metadata
              .creationTimestamp,
            readyToUse: info.readyToUse === true,
            ...(info.error?.message ? { error: info.error.message } : {}),
          },
        ]
      : [],
  );
  // Harvester appends runs in order; a creation time, when known, decides.
  return runs.reduce<BackupScheduleSummary['lastRun']>(
    (last, run) =>
      !last || (run.createdAt ?? '') >= (last.createdAt ?? '') ? run : last,
    undefined,
  );
}

/** A cluster's backup schedules, each seen as its source VM. */
export async function loadBackupSchedules({
  handle,
  reader,
  ownership,
}: ListScope): Promise<PermittedCandidate<BackupScheduleSummary>[]> {
  const [schedules, backups, vms] = await Promise.all([
    reader.list('scheduleBackup') as Promise<ScheduleObject[]>,
    reader.list('backup'),
    vmsByName(reader),
  ]);
  const backupsByKey = new Map(backups.map(b => [key(b), b]));
  return schedules.map(schedule => {
    const { namespace, name } = schedule.metadata;
    const spec = schedule.spec!;
    const sourceVm = spec.vmbackup.source.name;
    const resource = sourceVmResource(ownership, schedule, {
      name: sourceVm,
      vm: vms.get(`${namespace}/${sourceVm}`),
    });
    return {
      resource,
      item: {
        cluster: handle.name,
        namespace: namespace!,
        name,
        cron: spec.cron,
        retain: spec.retain,
        maxFailure: spec.maxFailure,
        type: spec.vmbackup.type ?? 'backup',
        sourceVm,
        suspended: schedule.status?.suspended ?? spec.suspend ?? false,
        failures: schedule.status?.failure ?? 0,
        lastRun: lastRunOf(schedule, backupsByKey),
        owner: resource.owner,
        labels: schedule.metadata.labels ?? {},
        createdAt: schedule.metadata.creationTimestamp ?? '',
      },
    };
  });
}
