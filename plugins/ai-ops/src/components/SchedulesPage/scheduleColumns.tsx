import {
  Button,
  Cell,
  CellText,
  ColumnConfig,
  Flex,
  Switch,
} from '@backstage/ui';
import type { ScheduleWithUpcoming } from '@internal/plugin-ai-ops-common';
import { formatTime, TimeCell } from '@internal/portal-react';

/** What a schedule's row can do; the page sends the requests. */
export type ScheduleRowActions = {
  pipelineTitle(pipelineId: string): string;
  setEnabled(schedule: ScheduleWithUpcoming, enabled: boolean): void;
  fire(schedule: ScheduleWithUpcoming): void;
  showHistory(schedule: ScheduleWithUpcoming): void;
  edit(schedule: ScheduleWithUpcoming): void;
  remove(schedule: ScheduleWithUpcoming): void;
};

/** The schedules table: timing, policy, enablement and row actions. */
export function scheduleColumns(
  actions: ScheduleRowActions,
): ColumnConfig<ScheduleWithUpcoming>[] {
  const rowButton = (
    label: string,
    s: ScheduleWithUpcoming,
    onPress: () => void,
    destructive = false,
  ) => (
    <Button
      size="small"
      variant="secondary"
      destructive={destructive}
      aria-label={`${label} ${s.name}`}
      onPress={onPress}
    >
      {label}
    </Button>
  );
  return [
    {
      id: 'name',
      label: 'Schedule',
      isRowHeader: true,
      cell: s => (
        <CellText
          title={s.name}
          description={actions.pipelineTitle(s.pipelineId)}
        />
      ),
    },
    {
      id: 'cron',
      label: 'Cron',
      cell: s => <CellText title={s.cron} description={s.timezone} />,
    },
    {
      id: 'upcoming',
      label: 'Next fire times',
      cell: s => (
        <CellText
          title={
            s.enabled ? formatTime(s.upcoming[0] ?? s.nextFireAt) : 'disabled'
          }
          description={s.upcoming.slice(1).map(formatTime).join(' · ')}
        />
      ),
    },
    {
      id: 'policy',
      label: 'Catch-up / concurrency',
      cell: s => <CellText title={`${s.catchUp} · max ${s.maxConcurrency}`} />,
    },
    {
      id: 'last',
      label: 'Last fired',
      cell: s => <TimeCell at={s.lastFiredAt} />,
    },
    {
      id: 'enabled',
      label: 'Enabled',
      cell: s => (
        <Cell>
          <Switch
            aria-label={`Enable ${s.name}`}
            isSelected={s.enabled}
            onChange={enabled => actions.setEnabled(s, enabled)}
          />
        </Cell>
      ),
    },
    {
      id: 'actions',
      label: '',
      cell: s => (
        <Cell>
          <Flex gap="1">
            {rowButton('Fire now', s, () => actions.fire(s))}
            {rowButton('History', s, () => actions.showHistory(s))}
            {rowButton('Edit', s, () => actions.edit(s))}
            {rowButton('Delete', s, () => actions.remove(s), true)}
          </Flex>
        </Cell>
      ),
    },
  ];
}
