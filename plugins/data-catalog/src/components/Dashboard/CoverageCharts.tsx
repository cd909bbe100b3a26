import {
  Bar,
  BarChart,
  Cell,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { Flex } from '@backstage/ui';
import type { FacetValue } from '@internal/plugin-data-catalog-common';

const bandColors: Record<string, string> = {
  high: '#2e7d32',
  medium: '#ed6c02',
  low: '#d32f2f',
  unscored: '#9e9e9e',
};
const bandOrder = ['high', 'medium', 'low', 'unscored'];

/**
 * Documentation coverage as a ring and the tables per quality band as bars
 * (bands from the search facets: high ≥80, medium 50–79, low <50).
 */
export function CoverageCharts(props: {
  documentedPercent: number;
  qualityBands?: FacetValue[];
}) {
  const documented = Math.round(props.documentedPercent);
  const ring = [
    { name: 'Documented', value: documented, color: '#2e7d32' },
    { name: 'Undocumented', value: 100 - documented, color: '#e0e0e0' },
  ];
  const bands = bandOrder.map(band => ({
    band,
    tables: props.qualityBands?.find(f => f.value === band)?.count ?? 0,
  }));
  return (
    <Flex gap="4" align="center" style={{ flexWrap: 'wrap' }}>
      <div
        role="img"
        aria-label={`Documentation coverage: ${documented}% of tables`}
        style={{ width: 180, height: 180 }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <PieChart>
            <Pie
              data={ring}
              dataKey="value"
              nameKey="name"
              innerRadius={50}
              outerRadius={75}
            >
              {ring.map(slice => (
                <Cell key={slice.name} fill={slice.color} />
              ))}
            </Pie>
            <Tooltip />
          </PieChart>
        </ResponsiveContainer>
      </div>
      {props.qualityBands ? (
        <div
          role="img"
          aria-label={`Quality: ${bands
            .map(b => `${b.tables} ${b.band}`)
            .join(', ')}`}
          style={{ flex: 1, minWidth: 220, height: 180 }}
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={bands}>
              <XAxis dataKey="band" fontSize={12} />
              <YAxis allowDecimals={false} fontSize={12} />
              <Tooltip />
              <Bar dataKey="tables" name="Tables">
                {bands.map(b => (
                  <Cell key={b.band} fill={bandColors[b.band]} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      ) : null}
    </Flex>
  );
}
