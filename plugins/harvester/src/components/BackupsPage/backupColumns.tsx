import { Cell, CellText, ColumnConfig, Text } from '@backstage/ui';
import {
  harvesterVmBackupPermission,
  stringifyHarvesterRef,
  VmBackup,
} from '@internal/plugin-harvester-common';
import { ToneChip } from '@internal/portal-react';
import { clusterColumn, createdColumn, nameColumn } from '../shared/columns';
import { formatBytes } from '../shared/format';
import { ProgressMeter } from '../shared/ProgressMeter';
import { actionsColumn, deleteAction } from '../shared/RowActions';
import type { ObjectRow } from '../shared/usePagedObjects';
import type { HarvesterLinks } from '../shared/useHarvesterLinks';

export type BackupRow = ObjectRow<VmBackup>;

/** Still being taken (neither ready nor failed): views follow it. */
export function isBackupInProgress(backup: VmBackup): boolean {
  return !backup.readyToUse && !backup.error;
}

/** Ready, failed, or how far it got. */
function Readiness(props: { backup: VmBackup }) {
  const { backup } = props;
  if (backup.readyToUse) return <ToneChip tone="success" label="Ready" />;
  if (backup.error) return <ToneChip tone="danger" label="Failed" />;
  return (
    <ProgressMeter
      label={`Progress of ${backup.name}`}
      percent={backup.progress}
    />
  );
}

/**
 * Backups or snapshots; the source VM links to it. Restore (once ready)
 * and Delete for users who may back up the source VM.
 */
export function backupColumns(options: {
  links: HarvesterLinks;
  showCluster: boolean;
  onRestore(backup: BackupRow): void;
  onDelete(backup: BackupRow): void;
}): ColumnConfig<BackupRow>[] {
  const { links } = options;
  return [
    nameColumn(),
    clusterColumn(options.showCluster),
    {
      id: 'sourceVm',
      label: 'Source VM',
      isSortable: true,
      cell: b => (
        <CellText
          title={b.sourceVm}
          href={links.vm({ ...b, name: b.sourceVm })}
        />
      ),
    },
    {
      id: 'type',
      label: 'Type',
      isSortable: true,
      cell: b => (
        <CellText title={b.type === 'backup' ? 'Backup' : 'Snapshot'} />
      ),
    },
    {
      id: 'ready',
      label: 'Ready',
      cell: b => (
        <Cell>
          <Readiness backup={b} />
        </Cell>
      ),
    },
    {
      id: 'sizeBytes',
      label: 'Size',
      isSortable: true,
      cell: b => <CellText title={formatBytes(b.sizeBytes)} />,
    },
    createdColumn(),
    {
      id: 'error',
      label: 'Error',
      cell: b => (
        <Cell>
          <Text variant="body-small" color={b.error ? 'danger' : 'secondary'}>
            {b.error ?? '—'}
          </Text>
        </Cell>
      ),
    },
    actionsColumn({
      permission: harvesterVmBackupPermission,
      resourceRef: b => stringifyHarvesterRef({ ...b, name: b.sourceVm }),
      actions: b => [
        {
          label: 'Restore',
          name: `Restore ${b.name}`,
          disabledReason: b.readyToUse
            ? undefined
            : `${b.name} is not ready yet`,
          onPress: () => options.onRestore(b),
        },
        deleteAction(b.name, () => options.onDelete(b)),
      ],
    }),
  ];
}
