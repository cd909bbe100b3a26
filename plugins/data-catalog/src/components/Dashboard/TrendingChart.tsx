import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DashboardSummary } from '@internal/plugin-data-catalog-common';
import { Link } from '@backstage/ui';
import { EmptyText } from '@internal/portal-react';
import { useCatalogLinks } from '../shared/useCatalogLinks';

type Trending = DashboardSummary['trending'];

/**
 * The most viewed tables of the week as horizontal bars, then the same
 * ranking as links (the chart is for the eye, the list for clicking).
 */
export function TrendingChart(props: { trending: Trending }) {
  const links = useCatalogLinks();
  if (props.trending.length === 0) {
    return <EmptyText>No table was viewed this week.</EmptyText>;
  }
  const top = props.trending.slice(0, 10);
  return (
    <>
      <div
        role="img"
        aria-label={`Views in the last 7 days of the ${top.length} most viewed tables`}
        style={{ width: '100%', height: Math.max(120, top.length * 32) }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={top} layout="vertical" margin={{ left: 24 }}>
            <CartesianGrid strokeDasharray="3 3" opacity={0.3} />
            <XAxis type="number" allowDecimals={false} fontSize={12} />
            <YAxis type="category" dataKey="name" width={140} fontSize={12} />
            <Tooltip />
            <Bar dataKey="views7d" name="Views (7 days)" fill="#1976d2" />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ol aria-label="Trending tables" style={{ margin: 0, paddingLeft: 20 }}>
        {top.map(table => (
          <li key={table.entityRef}>
            <Link href={links.table(table.entityRef)}>{table.name}</Link> ·{' '}
            {table.views7d} views
          </li>
        ))}
      </ol>
    </>
  );
}
