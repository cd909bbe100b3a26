import { Flex } from '@backstage/ui';
import type { ResourceUsage } from '@internal/plugin-harvester-common';
import { formatBytes, formatCores } from '../shared/format';
import { UsageBar } from '../shared/UsageBar';

/** CPU, memory and storage in use of what the hosts offer. */
export function Capacity(props: { usage: ResourceUsage }) {
  const { usage } = props;
  return (
    <Flex direction="column" gap="3">
      <UsageBar
        label="CPU"
        used={usage.cpuCoresUsed}
        total={usage.cpuCoresTotal}
        format={formatCores}
      />
      <UsageBar
        label="Memory"
        used={usage.memoryBytesUsed}
        total={usage.memoryBytesTotal}
        format={formatBytes}
      />
      <UsageBar
        label="Storage"
        used={usage.storageBytesUsed}
        total={usage.storageBytesTotal}
        format={formatBytes}
      />
    </Flex>
  );
}
