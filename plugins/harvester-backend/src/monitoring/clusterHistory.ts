import {
  MetricSeries,
  stringifyHarvesterRef,
} from '@internal/plugin-harvester-common';
import {
  HistoryQuery,
  hostQueries,
  MonitoringRange,
  rangeWindow,
  vmQueries,
} from './historyQueries';
import { PrometheusClient } from './PrometheusClient';

/** What to chart: every host, one host, or one VM. */
export type HistoryTarget =
  | { kind: 'hosts'; host?: string }
  | { kind: 'vm'; namespace: string; name: string };

function queriesFor(target: HistoryTarget, stepSeconds: number) {
  return target.kind === 'vm'
    ? vmQueries(target.namespace, target.name, stepSeconds)
    : hostQueries(target.host, stepSeconds);
}

/** `<cluster>/<host>` or `<cluster>/<namespace>/<vm>`. */
function seriesTarget(cluster: string, target: string): string {
  const [first, second] = target.split('/');
  return second
    ? stringifyHarvesterRef({ cluster, namespace: first, name: second })
    : stringifyHarvesterRef({ cluster, name: first });
}

function toSeries(
  cluster: string,
  query: HistoryQuery,
  result: Awaited<ReturnType<PrometheusClient['queryRange']>>,
  allows: (target: string) => boolean,
): MetricSeries[] {
  return result.flatMap(({ metric, values }) => {
    const target = query.targetOf(metric);
    if (!target || !allows(target)) return [];
    return [
      {
        metric: query.metric,
        unit: query.unit,
        target: seriesTarget(cluster, target),
        points: values
          .map(([at, value]) => ({
            at: new Date(at * 1000).toISOString(),
            value: Number(value),
          }))
          .filter(point => Number.isFinite(point.value)),
      },
    ];
  });
}

/**
 * History of one cluster from its Prometheus: every query of the target
 * over the range, one series per host or VM the caller may see (`allows`
 * gets a host name or `<namespace>/<vm>`). Rejects with a PrometheusError
 * when any query fails, so a chart is never half-drawn.
 */
export async function clusterHistory(options: {
  cluster: string;
  prometheus: PrometheusClient;
  target: HistoryTarget;
  range: MonitoringRange;
  allows: (target: string) => boolean;
  now?: number;
}): Promise<MetricSeries[]> {
  const { cluster, prometheus, target, range, allows } = options;
  const window = rangeWindow(range, options.now);
  const queries = queriesFor(target, window.stepSeconds);
  const results = await Promise.all(
    queries.map(query => prometheus.queryRange(query.query, window)),
  );
  return queries.flatMap((query, i) =>
    toSeries(cluster, query, results[i], allows),
  );
}
