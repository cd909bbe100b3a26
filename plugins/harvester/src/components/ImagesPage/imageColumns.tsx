import { Cell, CellText, ColumnConfig } from '@backstage/ui';
import {
  harvesterImageManagePermission,
  ImageSummary,
} from '@internal/plugin-harvester-common';
import { Tone, ToneChip } from '@internal/portal-react';
import { clusterColumn, createdColumn } from '../shared/columns';
import { formatBytes } from '../shared/format';
import { ProgressMeter } from '../shared/ProgressMeter';
import { actionsColumn, deleteAction } from '../shared/RowActions';
import type { ObjectRow } from '../shared/usePagedObjects';

export type ImageRow = ObjectRow<ImageSummary>;

const stateTones: Record<ImageSummary['state'], Tone> = {
  Active: 'success',
  Downloading: 'info',
  Uploading: 'info',
  Failed: 'danger',
  Pending: 'neutral',
};

/** Images still arriving; the list follows them. */
export function isTransferring(image: ImageSummary): boolean {
  return image.state === 'Downloading' || image.state === 'Uploading';
}

/** Images on their way to Active: queued (a new one is Pending) or arriving. */
export function isArriving(image: ImageSummary): boolean {
  return image.state === 'Pending' || isTransferring(image);
}

/** The images list: state with its message on hover, progress while arriving. */
export function imageColumns(options: {
  showCluster: boolean;
  onDelete(image: ImageRow): void;
}): ColumnConfig<ImageRow>[] {
  return [
    {
      id: 'displayName',
      label: 'Name',
      isSortable: true,
      isRowHeader: true,
      cell: i => (
        <CellText
          title={i.displayName}
          description={`${i.namespace}/${i.name}`}
        />
      ),
    },
    clusterColumn(options.showCluster),
    {
      id: 'state',
      label: 'State',
      isSortable: true,
      cell: i => (
        <Cell>
          <ToneChip
            tone={stateTones[i.state] ?? 'neutral'}
            label={i.state}
            title={i.message}
          />
        </Cell>
      ),
    },
    {
      id: 'progress',
      label: 'Progress',
      cell: i =>
        isTransferring(i) ? (
          <Cell>
            <ProgressMeter
              label={`${i.sourceType === 'upload' ? 'Upload' : 'Download'} of ${
                i.displayName
              }`}
              percent={i.progress}
            />
          </Cell>
        ) : (
          <CellText
            title={i.state === 'Failed' ? i.message ?? 'failed' : '—'}
          />
        ),
    },
    {
      id: 'sizeBytes',
      label: 'Size',
      isSortable: true,
      cell: i => <CellText title={formatBytes(i.sizeBytes)} />,
    },
    {
      id: 'url',
      label: 'Source',
      cell: i => (
        <CellText
          title={i.url ?? i.sourceType}
          description={i.url ? i.sourceType : undefined}
        />
      ),
    },
    createdColumn(),
    actionsColumn({
      permission: harvesterImageManagePermission,
      actions: i => [deleteAction(i.displayName, () => options.onDelete(i))],
    }),
  ];
}
