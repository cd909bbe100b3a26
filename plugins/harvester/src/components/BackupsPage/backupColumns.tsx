import { Cell, CellText, ColumnConfig, Text } from '@backstage/ui';
import type { VmBackup } from '@internal/plugin-harvester-common';
import { formatBytes } from '../shared/format';
import { ProgressMeter } from '../shared/ProgressMeter';
import { TimeCell } from '../shared/TimeCell';
import { ToneChip } from '../shared/ToneChip';
import type { ObjectRow } from '../shared/usePagedObjects';
import type { HarvesterLinks } from '../shared/useHarvesterLinks';
import { BackupActions } from './BackupActions';

export type BackupRow = ObjectRow<VmBackup>;

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

/** Backups or snapshots; the source VM links to it. */
export function backupColumns(options: {
  links: HarvesterLinks;
  showCluster: boolean;
  onRestore(backup: BackupRow): void;
  onDelete(backup: BackupRow): void;
}): ColumnConfig<BackupRow>[] {
  const { links } = options;
  return [
    {
      id: 'name',
      label: 'Name',
      isSortable: true,
      isRowHeader: true,
      cell: b => <CellText title={b.name} description={b.namespace} />,
    },
    {
      id: 'cluster',
      label: 'Cluster',
      isHidden: !options.showCluster,
      cell: b => <CellText title={b.cluster} />,
    },
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
    {
      id: 'createdAt',
      label: 'Created',
      isSortable: true,
      cell: b => <TimeCell at={b.createdAt} />,
    },
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
    {
      id: 'actions',
      label: 'Actions',
      cell: b => (
        <Cell>
          <BackupActions
            backup={b}
            onRestore={() => options.onRestore(b)}
            onDelete={() => options.onDelete(b)}
          />
        </Cell>
      ),
    },
  ];
}
