import { Flex } from '@backstage/ui';
import type { ResourceUsage } from '@internal/plugin-harvester-common';
import { ResourceUsageBar, usageResources } from '../shared/ResourceUsageBar';

/**
 * CPU, memory and storage used, and allocated or provisioned, of what the
 * hosts offer.
 */
export function Capacity(props: { usage: ResourceUsage }) {
  return (
    <Flex direction="column" gap="3">
      {usageResources.map(resource => (
        <ResourceUsageBar
          key={resource}
          usage={props.usage}
          resource={resource}
        />
      ))}
    </Flex>
  );
}
