import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import { Flex, Text } from '@backstage/ui';
import type { Tone } from '@internal/portal-react';

const toneColors: Record<Tone, string> = {
  success: '#2e7d32',
  warning: '#ed6c02',
  danger: '#d32f2f',
  info: '#0288d1',
  neutral: '#9e9e9e',
};

/**
 * Counts by state as a donut with a legend beside it; the legend is a
 * list, so the figures do not depend on seeing the chart.
 */
export function StateChart(props: {
  label: string;
  byState: Record<string, number>;
  toneOf(state: string): Tone;
}) {
  const slices = Object.entries(props.byState)
    .filter(([, count]) => count > 0)
    .map(([state, count]) => ({
      state,
      count,
      color: toneColors[props.toneOf(state)],
    }));
  const summary = slices.map(s => `${s.count} ${s.state}`).join(', ');
  return (
    <Flex gap="4" align="center" style={{ flexWrap: 'wrap' }}>
      <div
        role="img"
        aria-label={`${props.label}: ${summary || 'none'}`}
        style={{ width: 160, height: 160 }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <PieChart>
            <Pie
              data={slices}
              dataKey="count"
              nameKey="state"
              innerRadius={45}
              outerRadius={70}
            >
              {slices.map(slice => (
                <Cell key={slice.state} fill={slice.color} />
              ))}
            </Pie>
            <Tooltip />
          </PieChart>
        </ResponsiveContainer>
      </div>
      <ul
        aria-label={props.label}
        style={{ margin: 0, padding: 0, listStyle: 'none' }}
      >
        {slices.map(slice => (
          <li key={slice.state}>
            <Flex gap="2" align="center">
              <span
                aria-hidden
                style={{
                  width: 10,
                  height: 10,
                  borderRadius: 2,
                  background: slice.color,
                }}
              />
              <Text variant="body-small">
                {slice.state}: {slice.count}
              </Text>
            </Flex>
          </li>
        ))}
      </ul>
    </Flex>
  );
}
