import { Grid } from '@backstage/ui';
import type { WorkspaceStats } from '@internal/plugin-ai-ops-common';
import { Metric } from '@internal/portal-react';
import { formatCost, formatPercent } from '../shared/format';

/** Active runs, runs of the last day, success rate, cost vs budget. */
export function StatCards(props: { stats: WorkspaceStats }) {
  const { stats } = props;
  const { cost } = stats;
  return (
    <Grid.Root columns={{ initial: '2', md: '4' }} gap="4">
      <Metric
        label="Active runs"
        value={stats.activeRuns}
        hint="running, pending or paused"
      />
      <Metric
        label="Runs (24h)"
        value={stats.runsLast24h}
        hint="started in the last 24 hours"
      />
      <Metric
        label="Success rate"
        value={formatPercent(stats.successRate7d)}
        hint="finished runs of the last 7 days"
      />
      <Metric
        label="Cost this month"
        value={formatCost(cost.thisMonth, cost.currency)}
        hint={
          cost.budget === undefined
            ? 'no budget set'
            : `of ${formatCost(cost.budget, cost.currency)} budget`
        }
      />
    </Grid.Root>
  );
}
