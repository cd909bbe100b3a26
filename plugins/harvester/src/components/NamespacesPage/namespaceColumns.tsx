import { Cell, CellText, ColumnConfig } from '@backstage/ui';
import {
  harvesterNamespaceManagePermission,
  NamespaceSummary,
} from '@internal/plugin-harvester-common';
import { clusterColumn, createdColumn, nameColumn } from '../shared/columns';
import { formatBytes, formatCores, shortRef } from '../shared/format';
import { actionsColumn } from '../shared/RowActions';
import type { ObjectRow } from '../shared/usePagedObjects';
import { QuotaUsage } from './QuotaUsage';

export type NamespaceRow = ObjectRow<NamespaceSummary>;

const formatCount = (count: number | undefined) => String(count ?? '—');

/** One column per quota: what is used against the limit. */
const quotaColumns: {
  id: string;
  label: string;
  used(n: NamespaceSummary): number;
  limit(n: NamespaceSummary): number | undefined;
  format(value: number | undefined): string;
}[] = [
  {
    id: 'cpu',
    label: 'CPU',
    used: n => n.usage.cpuCores,
    limit: n => n.quota?.cpuCores,
    format: formatCores,
  },
  {
    id: 'memory',
    label: 'Memory',
    used: n => n.usage.memoryBytes,
    limit: n => n.quota?.memoryBytes,
    format: formatBytes,
  },
  {
    id: 'storage',
    label: 'Storage',
    used: n => n.usage.storageBytes,
    limit: n => n.quota?.storageBytes,
    format: formatBytes,
  },
  {
    id: 'vmCount',
    label: 'VMs',
    used: n => n.vmCount,
    limit: n => n.quota?.vmCount,
    format: formatCount,
  },
];

/** Namespaces with their owner and each quota against its usage. */
export function namespaceColumns(options: {
  showCluster: boolean;
  onEditQuota(namespace: NamespaceRow): void;
}): ColumnConfig<NamespaceRow>[] {
  return [
    nameColumn({ description: n => n.phase }),
    clusterColumn(options.showCluster),
    {
      id: 'owner',
      label: 'Owner',
      isSortable: true,
      cell: n => <CellText title={shortRef(n.owner)} description={n.owner} />,
    },
    ...quotaColumns.map(
      (quota): ColumnConfig<NamespaceRow> => ({
        id: quota.id,
        label: quota.label,
        cell: n => (
          <Cell>
            <QuotaUsage
              label={`${quota.label} of ${n.name}`}
              used={quota.used(n)}
              limit={quota.limit(n)}
              format={quota.format}
            />
          </Cell>
        ),
      }),
    ),
    createdColumn(),
    actionsColumn({
      permission: harvesterNamespaceManagePermission,
      actions: n => [
        {
          label: 'Edit quota',
          name: `Edit quota of ${n.name}`,
          onPress: () => options.onEditQuota(n),
        },
      ],
    }),
  ];
}
