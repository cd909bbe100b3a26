import { MetricSeries } from '@internal/plugin-harvester-common';

export type MonitoringRange = '15m' | '1h' | '6h' | '24h' | '7d';

/** Range length and step: 60-340 points a series, well under Prometheus' 11,000. */
const ranges: Record<
  MonitoringRange,
  { seconds: number; stepSeconds: number }
> = {
  '15m': { seconds: 15 * 60, stepSeconds: 15 },
  '1h': { seconds: 3600, stepSeconds: 30 },
  '6h': { seconds: 6 * 3600, stepSeconds: 120 },
  '24h': { seconds: 24 * 3600, stepSeconds: 300 },
  '7d': { seconds: 7 * 24 * 3600, stepSeconds: 1800 },
};

/** The window of a range ending now; the end is aligned to the step. */
export function rangeWindow(range: MonitoringRange, now = Date.now()) {
  const { seconds, stepSeconds } = ranges[range];
  const endSeconds = Math.floor(now / 1000 / stepSeconds) * stepSeconds;
  return {
    start: new Date((endSeconds - seconds) * 1000),
    end: new Date(endSeconds * 1000),
    stepSeconds,
  };
}

/** One chart line per series the query returns, named by `targetOf`. */
export type HistoryQuery = Pick<MetricSeries, 'metric' | 'unit'> & {
  query: string;
  /** The target (host name or `<namespace>/<vm>`) of a result series, from its labels. */
  targetOf(labels: Record<string, string>): string | undefined;
};

/** A PromQL string literal. */
const literal = (value: string) => JSON.stringify(value);

// rate() needs at least two samples per window: a step may be longer than 2m.
const rateWindow = (stepSeconds: number) => `${Math.max(120, stepSeconds)}s`;

const NIC_DEVICES = 'lo|veth.*|tap.*|cali.*|flannel.*|cni.*';

/**
 * Host series from node-exporter, named by `node_uname_info`'s `nodename`
 * (Harvester names nodes after their hostnames), so they do not depend on
 * how the scrape config labels `instance`; storage from kubelet's volume
 * stats, which carry `node`.
 */
export function hostQueries(
  host: string | undefined,
  stepSeconds: number,
): HistoryQuery[] {
  const window = rateWindow(stepSeconds);
  const uname = `node_uname_info${host ? `{nodename=${literal(host)}}` : ''}`;
  const byHost = (expression: string) =>
    `sum by (nodename) ((${expression}) * on (instance) group_left (nodename) ${uname})`;
  const targetOf = (labels: Record<string, string>) => labels.nodename;
  return [
    {
      metric: 'cpu',
      unit: 'cores',
      query: byHost(`rate(node_cpu_seconds_total{mode!="idle"}[${window}])`),
      targetOf,
    },
    {
      metric: 'memory',
      unit: 'bytes',
      query: byHost(
        'node_memory_MemTotal_bytes - node_memory_MemAvailable_bytes',
      ),
      targetOf,
    },
    ...(['receive', 'transmit'] as const).map(direction => ({
      metric: direction === 'receive' ? 'network-rx' : 'network-tx',
      unit: 'bytes/s' as const,
      query: byHost(
        `rate(node_network_${direction}_bytes_total{device!~"${NIC_DEVICES}"}[${window}])`,
      ),
      targetOf,
    })),
    {
      metric: 'storage',
      unit: 'bytes',
      query: `sum by (node) (kubelet_volume_stats_used_bytes${
        host ? `{node=${literal(host)}}` : ''
      })`,
      targetOf: labels => labels.node,
    },
  ];
}

/** One VM's series from KubeVirt's virt-handler metrics. */
export function vmQueries(
  namespace: string,
  name: string,
  stepSeconds: number,
): HistoryQuery[] {
  const window = rateWindow(stepSeconds);
  const selector = `{namespace=${literal(namespace)},name=${literal(name)}}`;
  const perVm = (expression: string) =>
    `sum by (namespace, name) (${expression})`;
  const targetOf = (labels: Record<string, string>) =>
    labels.namespace && labels.name
      ? `${labels.namespace}/${labels.name}`
      : undefined;
  return [
    {
      metric: 'cpu',
      unit: 'cores',
      query: perVm(
        `rate(kubevirt_vmi_cpu_usage_seconds_total${selector}[${window}])`,
      ),
      targetOf,
    },
    {
      metric: 'memory',
      unit: 'bytes',
      query: perVm(`kubevirt_vmi_memory_used_bytes${selector}`),
      targetOf,
    },
    ...(['receive', 'transmit'] as const).map(direction => ({
      metric: direction === 'receive' ? 'network-rx' : 'network-tx',
      unit: 'bytes/s' as const,
      query: perVm(
        `rate(kubevirt_vmi_network_${direction}_bytes_total${selector}[${window}])`,
      ),
      targetOf,
    })),
  ];
}
