import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DataColumn } from '@internal/plugin-data-catalog-common';
import { EmptyText } from '@internal/portal-react';

/** Null and distinct shares per profiled column, side by side. */
export function ColumnStatsChart(props: { columns: DataColumn[] }) {
  const data = props.columns
    .filter(column => column.stats)
    .map(column => ({
      name: column.name,
      nullPercent: Math.round(column.stats!.nullRatio * 1000) / 10,
      distinctPercent: Math.round(column.stats!.distinctRatio * 1000) / 10,
    }));
  if (data.length === 0) {
    return <EmptyText>No column has been profiled yet.</EmptyText>;
  }
  return (
    <div
      role="img"
      aria-label={`Null and distinct shares of ${data.length} profiled columns`}
      style={{ width: '100%', height: 240 }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data}>
          <CartesianGrid strokeDasharray="3 3" opacity={0.3} />
          <XAxis dataKey="name" fontSize={12} />
          <YAxis unit="%" domain={[0, 100]} fontSize={12} />
          <Tooltip />
          <Legend />
          <Bar dataKey="nullPercent" name="Null %" fill="#d32f2f" />
          <Bar dataKey="distinctPercent" name="Distinct %" fill="#1976d2" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
