import { Flex, Grid, Select } from '@backstage/ui';
import type { Monitoring } from '@internal/plugin-harvester-common';
import { EmptyText, FilterSelect, Panel } from '@internal/portal-react';
import type { MonitoringRange } from '../../api/types';
import { MetricChart } from './MetricChart';

export const ranges: { id: MonitoringRange; label: string }[] = [
  { id: '15m', label: 'Last 15 minutes' },
  { id: '1h', label: 'Last hour' },
  { id: '6h', label: 'Last 6 hours' },
  { id: '24h', label: 'Last 24 hours' },
  { id: '7d', label: 'Last 7 days' },
];

const metricTitles: Record<string, string> = {
  cpu: 'CPU',
  memory: 'Memory',
  storage: 'Storage',
  'network-rx': 'Network received',
  'network-tx': 'Network sent',
};

/**
 * Prometheus history: what to chart (a host, a VM, or the defaults the
 * server picks) and over which range, then a chart per metric.
 */
export function HistoryPanel(props: {
  monitoring: Monitoring;
  range: MonitoringRange;
  target?: string;
  onChange(changes: { range?: MonitoringRange; target?: string }): void;
}) {
  const { monitoring, range } = props;
  const targets = [
    ...monitoring.hosts.map(h => ({ id: h.name, label: `Host ${h.name}` })),
    ...monitoring.vms.map(vm => ({
      id: `${vm.namespace}/${vm.name}`,
      label: `VM ${vm.namespace}/${vm.name}`,
    })),
  ];
  const metrics = [...new Set(monitoring.series.map(s => s.metric))];
  return (
    <Panel
      title="History"
      actions={
        <Flex gap="3" align="end">
          <FilterSelect
            label="Target"
            anyLabel="All hosts"
            options={targets}
            value={props.target}
            onChange={target => props.onChange({ target: target ?? '' })}
          />
          <Select
            label="Range"
            options={ranges}
            value={range}
            onChange={key =>
              props.onChange({ range: String(key) as MonitoringRange })
            }
          />
        </Flex>
      }
    >
      {metrics.length === 0 ? (
        <EmptyText>No history for this target and range.</EmptyText>
      ) : (
        <Grid.Root columns={{ initial: '1', md: '2' }} gap="4">
          {metrics.map(metric => (
            <MetricChart
              key={metric}
              title={metricTitles[metric] ?? metric}
              range={range}
              series={monitoring.series.filter(s => s.metric === metric)}
            />
          ))}
        </Grid.Root>
      )}
    </Panel>
  );
}
