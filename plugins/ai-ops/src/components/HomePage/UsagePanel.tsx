import { Flex } from '@backstage/ui';
import type {
  UsageGauge,
  WorkspaceStats,
} from '@internal/plugin-ai-ops-common';
import { Panel, scaleBytes } from '@internal/portal-react';
import { Bar } from '../shared/Bar';

const BYTES = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

function bytes(value: number) {
  const { value: scaled, unit } = scaleBytes(value, BYTES);
  return `${scaled.toFixed(scaled < 10 && unit !== 'B' ? 1 : 0)} ${unit}`;
}

/** "3 / 8 GPUs"; without a configured capacity only what is used. */
function gaugeText(gauge: UsageGauge, format: (value: number) => string) {
  return gauge.capacity
    ? `${format(gauge.used)} / ${format(gauge.capacity)}`
    : `${format(gauge.used)} used, no capacity set`;
}

/** GPUs and memory held by running tasks, and the workspace's storage. */
export function UsagePanel(props: { usage: WorkspaceStats['usage'] }) {
  const { gpu, memoryMiB, storageBytes } = props.usage;
  const rows = [
    { label: 'GPU', gauge: gpu, format: (v: number) => `${v} GPU` },
    {
      label: 'Memory',
      gauge: memoryMiB,
      format: (v: number) => bytes(v * 1024 * 1024),
    },
    { label: 'Storage', gauge: storageBytes, format: bytes },
  ];
  return (
    <Panel
      title="Usage"
      subtitle="held by running tasks; storage of the workspace"
    >
      <Flex direction="column" gap="3">
        {rows.map(({ label, gauge, format }) => (
          <Bar
            key={label}
            label={label}
            value={gauge.used}
            max={gauge.capacity ?? 0}
            text={gaugeText(gauge, format)}
          />
        ))}
      </Flex>
    </Panel>
  );
}
