import { Flex, Grid } from '@backstage/ui';
import type { HostDetail } from '@internal/plugin-harvester-common';
import { formatTime } from '@internal/portal-react';
import { formatBytes, formatCores } from '../shared/format';
import { LabeledValue } from '../shared/LabeledValue';
import {
  ResourceUsageBar,
  usageLabel,
  usageResources,
} from '../shared/ResourceUsageBar';

/** A host's facts and load. */
export function HostOverview(props: { host: HostDetail }) {
  const { host } = props;
  return (
    <Flex direction="column" gap="4">
      <Grid.Root columns={{ initial: '2', md: '4' }} gap="3">
        <LabeledValue label="Cluster">{host.cluster}</LabeledValue>
        <LabeledValue label="IP address">{host.internalIp}</LabeledValue>
        <LabeledValue label="CPU">{formatCores(host.cpuCores)}</LabeledValue>
        <LabeledValue label="Memory">
          {formatBytes(host.memoryBytes)}
        </LabeledValue>
        <LabeledValue label="Storage">
          {formatBytes(host.storageBytes)}
        </LabeledValue>
        <LabeledValue label="OS">{host.osImage}</LabeledValue>
        <LabeledValue label="Kernel">{host.kernelVersion}</LabeledValue>
        <LabeledValue label="Created">
          {formatTime(host.createdAt)}
        </LabeledValue>
      </Grid.Root>
      <Grid.Root columns={{ initial: '1', md: '3' }} gap="3">
        {usageResources.map(resource => (
          <ResourceUsageBar
            key={resource}
            usage={host.usage}
            resource={resource}
            label={`${usageLabel(resource)} in use`}
          />
        ))}
      </Grid.Root>
    </Flex>
  );
}
