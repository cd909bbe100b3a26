import { Cell, CellText, ColumnConfig } from '@backstage/ui';
import type { TaskSummary } from '@internal/plugin-ai-ops-common';
import { DASH } from '@internal/portal-react';
import { formatCost, formatDuration } from '../shared/format';
import { RunStateChip } from '../shared/RunStateChip';
import { ESTIMATED_FROM_PROFILE } from './EstimatedUsageMarker';

/** A run's tasks: state, attempts, duration, exit and cost. */
export const taskColumns: ColumnConfig<TaskSummary>[] = [
  {
    id: 'node',
    label: 'Task',
    isRowHeader: true,
    cell: task => (
      <CellText title={task.label ?? task.nodeId} description={task.nodeType} />
    ),
  },
  {
    id: 'state',
    label: 'State',
    cell: task => (
      <Cell>
        <RunStateChip state={task.state} title={task.errorMessage} />
      </Cell>
    ),
  },
  {
    id: 'attempt',
    label: 'Attempts',
    cell: task => <CellText title={`${task.attempt} / ${task.maxAttempts}`} />,
  },
  {
    id: 'duration',
    label: 'Duration',
    cell: task => (
      <CellText title={formatDuration(task.startedAt, task.finishedAt)} />
    ),
  },
  {
    id: 'exit',
    label: 'Exit',
    cell: task => (
      <CellText
        title={task.exitCode === undefined ? DASH : String(task.exitCode)}
        description={task.failureCause ?? task.errorCode}
      />
    ),
  },
  {
    id: 'cost',
    label: 'Cost',
    cell: task => (
      <CellText
        title={formatCost(task.cost)}
        description={`${task.usage.cpuSeconds.toFixed(1)} CPU s${
          task.usageSource === 'profile' ? `, ${ESTIMATED_FROM_PROFILE}` : ''
        }`}
      />
    ),
  },
];
