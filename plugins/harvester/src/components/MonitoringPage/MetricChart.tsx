import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { MetricSeries } from '@internal/plugin-harvester-common';
import { formatBytes, formatCores } from '../shared/format';

const colors = [
  '#1976d2',
  '#2e7d32',
  '#ed6c02',
  '#9c27b0',
  '#d32f2f',
  '#00838f',
];

const formatters: Record<MetricSeries['unit'], (value: number) => string> = {
  cores: formatCores,
  bytes: formatBytes,
  'bytes/s': value => `${formatBytes(value)}/s`,
};

/** Series of one metric as rows by time, a column per target. */
function toRows(series: MetricSeries[]) {
  const rows = new Map<string, Record<string, number | string>>();
  for (const s of series) {
    for (const point of s.points) {
      const row = rows.get(point.at) ?? { at: point.at };
      row[s.target] = point.value;
      rows.set(point.at, row);
    }
  }
  return [...rows.values()].sort((a, b) =>
    String(a.at).localeCompare(String(b.at)),
  );
}

function formatTick(at: string, range: string): string {
  const date = new Date(at);
  return range === '7d'
    ? date.toLocaleDateString(undefined, { month: 'short', day: 'numeric' })
    : date.toLocaleTimeString(undefined, {
        hour: '2-digit',
        minute: '2-digit',
      });
}

/** One metric over the range, a line per target (host or VM). */
export function MetricChart(props: {
  title: string;
  range: string;
  series: MetricSeries[];
}) {
  const { series, range } = props;
  const format = formatters[series[0].unit] ?? String;
  const targets = series.map(s => s.target);
  return (
    <div
      role="img"
      aria-label={`${props.title} over the last ${range}: ${targets.join(
        ', ',
      )}`}
      style={{ width: '100%', height: 240 }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={toRows(series)}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="at"
            fontSize={12}
            tickFormatter={at => formatTick(at, range)}
          />
          <YAxis fontSize={12} width={80} tickFormatter={format} />
          <Tooltip
            labelFormatter={at => new Date(String(at)).toLocaleString()}
            formatter={value => format(Number(value))}
          />
          <Legend />
          {targets.map((target, index) => (
            <Line
              key={target}
              type="monotone"
              dataKey={target}
              stroke={colors[index % colors.length]}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
