import { Grid } from '@backstage/ui';
import type { RunDetail } from '@internal/plugin-ai-ops-common';
import { DASH, ListTable, Metric, scaleBytes } from '@internal/portal-react';
import { Cell, CellText, ColumnConfig } from '@backstage/ui';
import { formatCost } from '../shared/format';
import { EstimatedUsageMarker } from './EstimatedUsageMarker';

type Task = RunDetail['tasks'][number];

const BYTES = ['B', 'KiB', 'MiB', 'GiB'];
function memory(bytes: number) {
  const { value, unit } = scaleBytes(bytes, BYTES);
  return `${value.toFixed(unit === 'B' ? 0 : 1)} ${unit}`;
}

const columns: ColumnConfig<Task>[] = [
  {
    id: 'node',
    label: 'Task',
    isRowHeader: true,
    cell: t => (
      <CellText title={t.label ?? t.nodeId} description={t.resourceProfile} />
    ),
  },
  {
    id: 'cpu',
    label: 'CPU seconds',
    cell: t => <CellText title={t.usage.cpuSeconds.toFixed(2)} />,
  },
  {
    id: 'memory',
    label: 'Peak memory',
    cell: t => <CellText title={memory(t.usage.peakMemoryBytes)} />,
  },
  {
    id: 'gpu',
    label: 'GPU hours',
    cell: t => <CellText title={t.usage.gpuHours.toFixed(3)} />,
  },
  {
    id: 'usageSource',
    label: 'Usage',
    cell: t =>
      t.usageSource === 'profile' ? (
        <Cell>
          <EstimatedUsageMarker />
        </Cell>
      ) : (
        <CellText title={t.usageSource ?? DASH} />
      ),
  },
  {
    id: 'cost',
    label: 'Cost',
    cell: t => <CellText title={formatCost(t.cost)} />,
  },
];

/** What the run used and cost, in total and per task. */
export function RunCost(props: { run: RunDetail }) {
  const { run } = props;
  return (
    <>
      <Grid.Root columns={{ initial: '2', md: '4' }} gap="4" mb="4">
        <Metric label="Cost" value={formatCost(run.cost)} />
        <Metric label="CPU seconds" value={run.usage.cpuSeconds.toFixed(1)} />
        <Metric label="Peak memory" value={memory(run.usage.peakMemoryBytes)} />
        <Metric label="GPU hours" value={run.usage.gpuHours.toFixed(3)} />
      </Grid.Root>
      <ListTable columns={columns} rows={run.tasks} />
    </>
  );
}
