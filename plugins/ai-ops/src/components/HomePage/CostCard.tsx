import { Text } from '@backstage/ui';
import type { WorkspaceStats } from '@internal/plugin-ai-ops-common';
import { Panel } from '@internal/portal-react';
import { Bar } from '../shared/Bar';
import { formatCost, formatPercent } from '../shared/format';

/** This month's cost, against the workspace's budget when one is set. */
export function CostCard(props: { cost: WorkspaceStats['cost'] }) {
  const { month, currency, thisMonth, budget } = props.cost;
  return (
    <Panel title="Monthly cost" subtitle={month}>
      <Text as="p" variant="title-small" weight="bold">
        {formatCost(thisMonth, currency)}
      </Text>
      {budget === undefined ? (
        <Text as="p" variant="body-small" color="secondary">
          No budget set for this workspace.
        </Text>
      ) : (
        <Bar
          label="Budget used"
          value={thisMonth}
          max={budget}
          text={`${formatPercent(
            budget ? thisMonth / budget : 0,
          )} of ${formatCost(budget, currency)}`}
        />
      )}
    </Panel>
  );
}
