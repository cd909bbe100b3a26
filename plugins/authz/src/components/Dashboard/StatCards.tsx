import { Grid } from '@backstage/ui';
import type { AuditStats } from '@internal/plugin-authz-common';
import type { AuthzStats } from '../../api/types';
import { StatCard } from '../shared/StatCard';

function percent(part: number, whole: number) {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 1000) / 10}%`;
}

/** The model's size and today's decisions at a glance. */
export function StatCards(props: { stats: AuthzStats; today?: AuditStats }) {
  const { stats, today } = props;
  return (
    <Grid.Root columns={{ initial: '2', md: '3', lg: '6' }} gap="3">
      <StatCard
        label="Users"
        value={stats.users.active + stats.users.disabled}
        detail={`${stats.users.active} active · ${stats.users.disabled} disabled`}
      />
      <StatCard label="Groups" value={stats.groups} />
      <StatCard label="Departments" value={stats.departments} />
      <StatCard
        label="Roles"
        value={stats.roles.total}
        detail={`${stats.roles.active} active`}
      />
      <StatCard
        label="Policies"
        value={stats.policies.total}
        detail={`${stats.policies.active} active`}
      />
      <StatCard
        label="Decisions today"
        value={today ? today.decisions : '—'}
        detail={
          today
            ? `deny rate ${percent(today.denied, today.decisions)}`
            : 'audit log unavailable'
        }
      />
    </Grid.Root>
  );
}
