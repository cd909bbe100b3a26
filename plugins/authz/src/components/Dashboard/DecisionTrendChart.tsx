import {
  Area,
  AreaChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { AuditStats } from '@internal/plugin-authz-common';

const series = [
  { key: 'allowed', name: 'Allowed', color: '#2e7d32' },
  { key: 'conditional', name: 'Conditional', color: '#ed6c02' },
  { key: 'denied', name: 'Denied', color: '#d32f2f' },
] as const;

function bucketLabel(iso: string, bucket: 'hour' | 'day') {
  const date = new Date(iso);
  return bucket === 'hour'
    ? date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
}

/** Decisions per bucket, stacked by result. */
export function DecisionTrendChart(props: {
  trend: AuditStats['trend'];
  bucket: 'hour' | 'day';
}) {
  const data = props.trend.map(point => ({
    ...point,
    label: bucketLabel(point.bucketStart, props.bucket),
  }));
  const total = props.trend.reduce(
    (sum, point) => sum + point.allowed + point.denied + point.conditional,
    0,
  );
  return (
    <div
      role="img"
      aria-label={`Decision trend: ${total} decisions in ${props.trend.length} ${props.bucket} buckets`}
      style={{ width: '100%', height: 260 }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart
          data={data}
          margin={{ top: 8, right: 16, left: 0, bottom: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" opacity={0.4} />
          <XAxis dataKey="label" fontSize={12} />
          <YAxis allowDecimals={false} fontSize={12} />
          <Tooltip />
          <Legend />
          {series.map(s => (
            <Area
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.name}
              stackId="decisions"
              stroke={s.color}
              fill={s.color}
              fillOpacity={0.35}
            />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
