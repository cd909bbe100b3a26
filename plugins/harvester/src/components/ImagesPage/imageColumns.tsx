import { Button, Cell, CellText, ColumnConfig } from '@backstage/ui';
import {
  harvesterImageManagePermission,
  ImageSummary,
} from '@internal/plugin-harvester-common';
import { formatBytes } from '../shared/format';
import { useCan } from '../shared/permissions';
import { ProgressMeter } from '../shared/ProgressMeter';
import { TimeCell } from '../shared/TimeCell';
import { Tone, ToneChip } from '../shared/ToneChip';
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

function DeleteImageButton(props: { image: ImageRow; onPress(): void }) {
  const canManage = useCan(harvesterImageManagePermission, props.image.id);
  if (!canManage) return null;
  return (
    <Button
      size="small"
      variant="secondary"
      destructive
      aria-label={`Delete ${props.image.displayName}`}
      onPress={props.onPress}
    >
      Delete
    </Button>
  );
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
    {
      id: 'cluster',
      label: 'Cluster',
      isHidden: !options.showCluster,
      cell: i => <CellText title={i.cluster} />,
    },
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
              label={`Download of ${i.displayName}`}
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
    {
      id: 'createdAt',
      label: 'Created',
      isSortable: true,
      cell: i => <TimeCell at={i.createdAt} />,
    },
    {
      id: 'actions',
      label: 'Actions',
      cell: i => (
        <Cell>
          <DeleteImageButton image={i} onPress={() => options.onDelete(i)} />
        </Cell>
      ),
    },
  ];
}
