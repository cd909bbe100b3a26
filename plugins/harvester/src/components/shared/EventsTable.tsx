import { Cell, CellText, ColumnConfig, Text } from '@backstage/ui';
import type { ClusterEvent } from '@internal/plugin-harvester-common';
import { ListTable, withIds, TimeCell, ToneChip } from '@internal/portal-react';

type EventRow = ClusterEvent & { id: string };

/**
 * Kubernetes events, newest first; warnings stand out by a badge and their
 * message in the warning colour. `showCluster` adds the cluster column.
 */
export function EventsTable(props: {
  events: ClusterEvent[];
  showCluster?: boolean;
  empty?: string;
}) {
  const columns: ColumnConfig<EventRow>[] = [
    {
      id: 'type',
      label: 'Type',
      cell: event => (
        <Cell>
          <ToneChip
            tone={event.type === 'Warning' ? 'warning' : 'neutral'}
            label={event.type}
          />
        </Cell>
      ),
    },
    {
      id: 'cluster',
      label: 'Cluster',
      isHidden: !props.showCluster,
      cell: event => <CellText title={event.cluster} />,
    },
    {
      id: 'object',
      label: 'Object',
      cell: event => (
        <CellText title={event.object} description={event.namespace} />
      ),
    },
    {
      id: 'reason',
      label: 'Reason',
      isRowHeader: true,
      cell: event => <CellText title={event.reason} />,
    },
    {
      id: 'message',
      label: 'Message',
      cell: event => (
        <Cell>
          <Text
            variant="body-small"
            color={event.type === 'Warning' ? 'warning' : 'primary'}
          >
            {event.count > 1
              ? `${event.message} (×${event.count})`
              : event.message}
          </Text>
        </Cell>
      ),
    },
    {
      id: 'lastSeen',
      label: 'Last seen',
      cell: event => <TimeCell at={event.lastSeen} />,
    },
  ];
  // Events repeat (same object, reason and time): rows are keyed by place.
  const rows = withIds(props.events, (_, index) => String(index));
  return (
    <ListTable
      columns={columns}
      rows={rows}
      empty={props.empty ?? 'No events.'}
    />
  );
}
