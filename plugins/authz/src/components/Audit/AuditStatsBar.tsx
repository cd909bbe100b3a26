import { Grid } from '@backstage/ui';
import type { AuditEntry, AuditStats } from '@internal/plugin-authz-common';
import { StatCard } from '../shared/StatCard';

/** The period's totals, plus what arrived live since they were counted. */
export function AuditStatsBar(props: {
  stats: AuditStats;
  live: AuditEntry[];
}) {
  const count = (match: (entry: AuditEntry) => boolean) =>
    props.live.filter(match).length;
  const { stats } = props;
  const result = (r: string) => (e: AuditEntry) =>
    e.kind === 'decision' && e.result === r;
  return (
    <Grid.Root columns={{ initial: '2', md: '5' }} gap="3">
      <StatCard label="Total" value={stats.total + props.live.length} />
      <StatCard
        label="Allowed"
        value={stats.allowed + count(result('ALLOW'))}
      />
      <StatCard label="Denied" value={stats.denied + count(result('DENY'))} />
      <StatCard
        label="Conditional"
        value={stats.conditional + count(result('CONDITIONAL'))}
      />
      <StatCard
        label="Changes"
        value={stats.changes + count(e => e.kind === 'change')}
      />
    </Grid.Root>
  );
}
