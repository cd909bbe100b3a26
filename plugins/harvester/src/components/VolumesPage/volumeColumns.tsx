import { Cell, CellText, ColumnConfig } from '@backstage/ui';
import {
  harvesterVolumeManagePermission,
  VolumeSummary,
} from '@internal/plugin-harvester-common';
import { Tone, ToneChip } from '@internal/portal-react';
import { clusterColumn, createdColumn, nameColumn } from '../shared/columns';
import { formatBytes } from '../shared/format';
import { actionsColumn, deleteAction } from '../shared/RowActions';
import type { ObjectRow } from '../shared/usePagedObjects';
import type { HarvesterLinks } from '../shared/useHarvesterLinks';

export type VolumeRow = ObjectRow<VolumeSummary>;

/** Longhorn is still provisioning or resizing the volume. */
export const isSettling = (volume: VolumeSummary) =>
  volume.phase === 'Pending' || volume.resizingToBytes !== undefined;

const phaseTones: Record<string, Tone> = {
  Bound: 'success',
  Pending: 'info',
  Lost: 'danger',
};

/**
 * The volumes list; the attached VM links to it. Expand and Delete for
 * users who may manage the volume; a mounted one cannot be deleted.
 */
export function volumeColumns(options: {
  links: HarvesterLinks;
  showCluster: boolean;
  onExpand(volume: VolumeRow): void;
  onDelete(volume: VolumeRow): void;
}): ColumnConfig<VolumeRow>[] {
  const { links } = options;
  return [
    nameColumn(),
    clusterColumn(options.showCluster),
    {
      id: 'sizeBytes',
      label: 'Size',
      isSortable: true,
      cell: v =>
        v.resizingToBytes === undefined ? (
          <CellText title={formatBytes(v.sizeBytes)} />
        ) : (
          <CellText
            title={`${formatBytes(v.sizeBytes)} → ${formatBytes(
              v.resizingToBytes,
            )}`}
            description="expanding"
          />
        ),
    },
    {
      id: 'phase',
      label: 'State',
      isSortable: true,
      cell: v => (
        <Cell>
          <ToneChip tone={phaseTones[v.phase] ?? 'neutral'} label={v.phase} />
        </Cell>
      ),
    },
    {
      id: 'attachedVm',
      label: 'Attached VM',
      isSortable: true,
      cell: v => (
        <CellText
          title={v.attachedVm ?? '—'}
          href={
            v.attachedVm ? links.vm({ ...v, name: v.attachedVm }) : undefined
          }
        />
      ),
    },
    {
      id: 'image',
      label: 'Image',
      cell: v => <CellText title={v.imageId ?? '—'} />,
    },
    {
      id: 'storageClass',
      label: 'Storage class',
      isSortable: true,
      cell: v => <CellText title={v.storageClass ?? '—'} />,
    },
    createdColumn(),
    actionsColumn({
      permission: harvesterVolumeManagePermission,
      actions: v => [
        {
          label: 'Expand',
          name: `Expand ${v.name}`,
          onPress: () => options.onExpand(v),
        },
        deleteAction(
          v.name,
          () => options.onDelete(v),
          v.attachedVm && `Attached to ${v.attachedVm}: detach it first`,
        ),
      ],
    }),
  ];
}
