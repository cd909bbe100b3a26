import { Cell, ColumnConfig, TableItem } from '@backstage/ui';
import type { ResourceUsage } from '@internal/plugin-harvester-common';
import { formatBytes, formatCores } from './format';
import { UsageBar } from './UsageBar';

export type UsageResource = 'cpu' | 'memory' | 'storage';

/** Every resource of a ResourceUsage, in the order pages show them. */
export const usageResources: UsageResource[] = ['cpu', 'memory', 'storage'];

const measures: Record<
  UsageResource,
  {
    label: string;
    used(usage: ResourceUsage): number | undefined;
    total(usage: ResourceUsage): number | undefined;
    format(value: number | undefined): string;
  }
> = {
  cpu: {
    label: 'CPU',
    used: u => u.cpuCoresUsed,
    total: u => u.cpuCoresTotal,
    format: formatCores,
  },
  memory: {
    label: 'Memory',
    used: u => u.memoryBytesUsed,
    total: u => u.memoryBytesTotal,
    format: formatBytes,
  },
  storage: {
    label: 'Storage',
    used: u => u.storageBytesUsed,
    total: u => u.storageBytesTotal,
    format: formatBytes,
  },
};

/** "CPU", "Memory", "Storage". */
export function usageLabel(resource: UsageResource): string {
  return measures[resource].label;
}

/** One resource of `usage` as a bar, named `label` (default: the resource). */
export function ResourceUsageBar(props: {
  usage: ResourceUsage;
  resource: UsageResource;
  label?: string;
  compact?: boolean;
}) {
  const measure = measures[props.resource];
  return (
    <UsageBar
      compact={props.compact}
      label={props.label ?? measure.label}
      used={measure.used(props.usage)}
      total={measure.total(props.usage)}
      format={measure.format}
    />
  );
}

/** A column with a compact bar of one resource of each row's usage. */
export function usageColumn<
  T extends TableItem & { name: string; usage: ResourceUsage },
>(resource: UsageResource): ColumnConfig<T> {
  const label = usageLabel(resource);
  return {
    id: resource,
    label,
    cell: row => (
      <Cell>
        <ResourceUsageBar
          compact
          usage={row.usage}
          resource={resource}
          label={`${label} of ${row.name}`}
        />
      </Cell>
    ),
  };
}
