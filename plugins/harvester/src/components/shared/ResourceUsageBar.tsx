import { Cell, ColumnConfig, TableItem } from '@backstage/ui';
import type { ResourceUsage } from '@internal/plugin-harvester-common';
import { formatBytes, formatCores } from './format';
import { Commitment, UsageBar } from './UsageBar';

export type UsageResource = 'cpu' | 'memory' | 'storage';

/** Every resource of a ResourceUsage, in the order pages show them. */
export const usageResources: UsageResource[] = ['cpu', 'memory', 'storage'];

const measures: Record<
  UsageResource,
  {
    label: string;
    used(usage: ResourceUsage): number | undefined;
    total(usage: ResourceUsage): number | undefined;
    commitment(usage: ResourceUsage): Commitment;
    format(value: number | undefined): string;
  }
> = {
  // Allocated: what the VMs placed there asked for, which Harvester's
  // overcommit settings let exceed what the hosts have.
  cpu: {
    label: 'CPU',
    used: u => u.cpuCoresUsed,
    total: u => u.cpuCoresTotal,
    commitment: u => ({
      noun: 'allocated',
      over: 'overcommitted',
      value: u.cpuCoresAllocated,
    }),
    format: formatCores,
  },
  memory: {
    label: 'Memory',
    used: u => u.memoryBytesUsed,
    total: u => u.memoryBytesTotal,
    commitment: u => ({
      noun: 'allocated',
      over: 'overcommitted',
      value: u.memoryBytesAllocated,
    }),
    format: formatBytes,
  },
  // Provisioned: what Longhorn promised to thin volumes, which its
  // over-provisioning setting lets exceed the disks' size.
  storage: {
    label: 'Storage',
    used: u => u.storageBytesUsed,
    total: u => u.storageBytesTotal,
    commitment: u => ({
      noun: 'provisioned',
      over: 'over-provisioned',
      value: u.storageBytesProvisioned,
    }),
    format: formatBytes,
  },
};

/** "CPU", "Memory", "Storage". */
export function usageLabel(resource: UsageResource): string {
  return measures[resource].label;
}

/**
 * One resource of `usage` as a bar of what is used, with what is allocated
 * (CPU, memory) or provisioned (storage) of the same total beneath, named
 * `label` (default: the resource).
 */
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
      commitment={measure.commitment(props.usage)}
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
