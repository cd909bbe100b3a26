import { Flex, Grid } from '@backstage/ui';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { AsyncView } from '@internal/portal-react';
import { aiOpsApiRef } from '../../api/AiOpsApi';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { CostCard } from './CostCard';
import { QuickActions } from './QuickActions';
import { RecentRuns } from './RecentRuns';
import { StatCards } from './StatCards';
import { UsagePanel } from './UsagePanel';
import { WelcomeBanner } from './WelcomeBanner';

/**
 * The workspace's home: welcome and the main actions, headline figures,
 * the latest runs with their progress, resource usage and this month's
 * cost against the budget.
 */
export function HomePage() {
  const api = useApi(aiOpsApiRef);
  const workspace = useWorkspace();
  const stats = useAsyncRetry(() => api.getStats(workspace), [api, workspace]);
  return (
    <Flex direction="column" gap="4">
      <WelcomeBanner />
      <AsyncView result={stats}>
        {value => <StatCards stats={value} />}
      </AsyncView>
      <Grid.Root columns={{ initial: '1', md: '3' }} gap="4">
        <Grid.Item colSpan={{ initial: '1', md: '2' }}>
          <RecentRuns />
        </Grid.Item>
        <Grid.Item>
          <Flex direction="column" gap="4">
            <QuickActions />
            {stats.value ? (
              <>
                <UsagePanel usage={stats.value.usage} />
                <CostCard cost={stats.value.cost} />
              </>
            ) : null}
          </Flex>
        </Grid.Item>
      </Grid.Root>
    </Flex>
  );
}
