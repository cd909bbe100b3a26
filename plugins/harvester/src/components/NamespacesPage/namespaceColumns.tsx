import { Button, Cell, CellText, ColumnConfig } from '@backstage/ui';
import {
  harvesterNamespaceManagePermission,
  NamespaceSummary,
} from '@internal/plugin-harvester-common';
import { formatBytes, formatCores, shortRef } from '../shared/format';
import { useCan } from '../shared/permissions';
import { TimeCell } from '../shared/TimeCell';
import type { ObjectRow } from '../shared/usePagedObjects';
import { QuotaUsage } from './QuotaUsage';

export type NamespaceRow = ObjectRow<NamespaceSummary>;

const formatCount = (count: number | undefined) => String(count ?? '—');

function EditQuotaButton(props: { namespace: NamespaceRow; onPress(): void }) {
  const canManage = useCan(
    harvesterNamespaceManagePermission,
    props.namespace.id,
  );
  if (!canManage) return null;
  return (
    <Button
      size="small"
      variant="secondary"
      aria-label={`Edit quota of ${props.namespace.name}`}
      onPress={props.onPress}
    >
      Edit quota
    </Button>
  );
}

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
    {
      id: 'name',
      label: 'Name',
      isSortable: true,
      isRowHeader: true,
      cell: n => <CellText title={n.name} description={n.phase} />,
    },
    {
      id: 'cluster',
      label: 'Cluster',
      isHidden: !options.showCluster,
      cell: n => <CellText title={n.cluster} />,
    },
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
    {
      id: 'createdAt',
      label: 'Created',
      isSortable: true,
      cell: n => <TimeCell at={n.createdAt} />,
    },
    {
      id: 'actions',
      label: 'Actions',
      cell: n => (
        <Cell>
          <EditQuotaButton
            namespace={n}
            onPress={() => options.onEditQuota(n)}
          />
        </Cell>
      ),
    },
  ];
}
