import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/frontend-plugin-api';
import { Flex, Grid } from '@backstage/ui';
import { AsyncView } from '@internal/portal-react';
import { harvesterApiRef } from '../../api/HarvesterApi';
import type { MonitoringRange } from '../../api/types';
import { formatBytes, formatCores } from '../shared/format';
import { useClusterFilter } from '../shared/useClusterFilter';
import { useUrlFilter } from '../shared/useUrlFilter';
import { HistoryPanel, ranges } from './HistoryPanel';
import { HostUsagePanel } from './HostUsagePanel';
import { SourceNotice } from './SourceNotice';
import { TopVmsPanel } from './TopVmsPanel';

const chartKeys = ['range', 'target'] as const;

/**
 * Monitoring: host usage and the busiest VMs now; with Prometheus, charts
 * over a range for a host or VM (both kept in the URL).
 */
export function MonitoringPage() {
  const api = useApi(harvesterApiRef);
  const { clusters } = useClusterFilter();
  const { filter, setFilter } = useUrlFilter(chartKeys);
  const range = ranges.some(r => r.id === filter.range)
    ? (filter.range as MonitoringRange)
    : '1h';
  const monitoring = useAsync(
    () =>
      api.getMonitoring({ cluster: clusters, range, target: filter.target }),
    [api, clusters?.join(), range, filter.target],
  );

  return (
    <AsyncView result={monitoring}>
      {value => (
        <Flex direction="column" gap="4">
          <SourceNotice source={value.source} />
          {value.source === 'prometheus' ? (
            <HistoryPanel
              monitoring={value}
              range={range}
              target={filter.target}
              onChange={setFilter}
            />
          ) : null}
          <HostUsagePanel hosts={value.hosts} />
          <Grid.Root columns={{ initial: '1', md: '2' }} gap="4">
            <TopVmsPanel
              title="Top VMs by CPU"
              valueLabel="CPU used"
              vms={value.vms}
              value={vm => vm.cpuCoresUsed}
              format={formatCores}
            />
            <TopVmsPanel
              title="Top VMs by memory"
              valueLabel="Memory used"
              vms={value.vms}
              value={vm => vm.memoryBytesUsed}
              format={formatBytes}
            />
          </Grid.Root>
        </Flex>
      )}
    </AsyncView>
  );
}
