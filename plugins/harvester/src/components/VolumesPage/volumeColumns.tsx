import { Cell, CellText, ColumnConfig } from '@backstage/ui';
import type { VolumeSummary } from '@internal/plugin-harvester-common';
import { formatBytes } from '../shared/format';
import { TimeCell } from '../shared/TimeCell';
import { Tone, ToneChip } from '../shared/ToneChip';
import type { ObjectRow } from '../shared/usePagedObjects';
import type { HarvesterLinks } from '../shared/useHarvesterLinks';
import { VolumeActions } from './VolumeActions';

export type VolumeRow = ObjectRow<VolumeSummary>;

const phaseTones: Record<string, Tone> = {
  Bound: 'success',
  Pending: 'info',
  Lost: 'danger',
};

/** The volumes list; the attached VM links to it. */
export function volumeColumns(options: {
  links: HarvesterLinks;
  showCluster: boolean;
  onExpand(volume: VolumeRow): void;
  onDelete(volume: VolumeRow): void;
}): ColumnConfig<VolumeRow>[] {
  const { links } = options;
  return [
    {
      id: 'name',
      label: 'Name',
      isSortable: true,
      isRowHeader: true,
      cell: v => <CellText title={v.name} description={v.namespace} />,
    },
    {
      id: 'cluster',
      label: 'Cluster',
      isHidden: !options.showCluster,
      cell: v => <CellText title={v.cluster} />,
    },
    {
      id: 'sizeBytes',
      label: 'Size',
      isSortable: true,
      cell: v => <CellText title={formatBytes(v.sizeBytes)} />,
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
    {
      id: 'createdAt',
      label: 'Created',
      isSortable: true,
      cell: v => <TimeCell at={v.createdAt} />,
    },
    {
      id: 'actions',
      label: 'Actions',
      cell: v => (
        <Cell>
          <VolumeActions
            volume={v}
            onExpand={() => options.onExpand(v)}
            onDelete={() => options.onDelete(v)}
          />
        </Cell>
      ),
    },
  ];
}
