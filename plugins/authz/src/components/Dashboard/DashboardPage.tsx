import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Grid } from '@backstage/ui';
import { authzApiRef } from '../../api/AuthzApi';
import { ChoiceToggle } from '../shared/ChoiceToggle';
import { Loadable } from '../shared/Loadable';
import { SectionCard } from '../shared/SectionCard';
import { hoursAgo, startOfToday } from '../shared/time';
import { ActivityFeed } from './ActivityFeed';
import { DecisionTrendChart } from './DecisionTrendChart';
import { HealthPanel } from './HealthPanel';
import { QuickActions } from './QuickActions';
import { StatCards } from './StatCards';

const periods = {
  day: { label: 'Last 24 hours', hours: 24, bucket: 'hour' },
  week: { label: 'Last 7 days', hours: 24 * 7, bucket: 'day' },
} as const;
type Period = keyof typeof periods;
const periodChoices = Object.entries(periods).map(([id, p]) => ({
  id: id as Period,
  label: p.label,
}));

/** The Access family at a glance. */
export function DashboardPage() {
  const api = useApi(authzApiRef);
  const [period, setPeriod] = useState<Period>('day');
  const stats = useAsyncRetry(async () => {
    const [model, today] = await Promise.all([
      api.getStats(),
      // The dashboard still works when only the audit log is unavailable.
      api.getAuditStats({ from: startOfToday() }).catch(() => undefined),
    ]);
    return { model, today };
  }, [api]);
  const trend = useAsyncRetry(() => {
    const { hours, bucket } = periods[period];
    return api.getAuditStats({ from: hoursAgo(hours), bucket });
  }, [api, period]);

  return (
    <Flex direction="column" gap="4">
      <Loadable state={stats}>
        {value => <StatCards stats={value.model} today={value.today} />}
      </Loadable>
      <Grid.Root columns={{ initial: '1', md: '3' }} gap="4">
        <Grid.Item colSpan={{ initial: '1', md: '2' }}>
          <SectionCard
            title="Decisions"
            actions={
              <ChoiceToggle
                label="Trend period"
                choices={periodChoices}
                value={period}
                onChange={setPeriod}
              />
            }
          >
            <Loadable state={trend}>
              {value => (
                <DecisionTrendChart
                  trend={value.trend}
                  bucket={periods[period].bucket}
                />
              )}
            </Loadable>
          </SectionCard>
        </Grid.Item>
        <SectionCard title="Quick actions">
          <QuickActions onCreated={stats.retry} />
        </SectionCard>
        <Grid.Item colSpan={{ initial: '1', md: '2' }}>
          <SectionCard title="Recent changes">
            <ActivityFeed />
          </SectionCard>
        </Grid.Item>
        <SectionCard title="System health">
          <HealthPanel />
        </SectionCard>
      </Grid.Root>
    </Flex>
  );
}
