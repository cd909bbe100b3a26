import { Cell, CellText, ColumnConfig } from '@backstage/ui';
import type { AuthzPolicy } from '@internal/plugin-authz-common';
import { ActiveChip } from '../shared/StatusChip';
import { formatTime } from '../shared/time';

export type PolicyRow = AuthzPolicy & { id: string };

/** Column ids double as the server's `sort` keys where sortable. */
export function policyColumns(
  roleName: (id: string) => string,
): ColumnConfig<PolicyRow>[] {
  return [
    {
      id: 'name',
      label: 'Policy',
      isRowHeader: true,
      isSortable: true,
      cell: policy => (
        <CellText title={policy.name} description={policy.description} />
      ),
    },
    {
      id: 'active',
      label: 'State',
      isSortable: true,
      cell: policy => (
        <Cell>
          <ActiveChip active={policy.active} />
        </Cell>
      ),
    },
    {
      id: 'version',
      label: 'Version',
      isSortable: true,
      cell: policy => <CellText title={`v${policy.version}`} />,
    },
    {
      id: 'roles',
      label: 'Roles',
      cell: policy => (
        <CellText title={policy.roleIds.map(roleName).join(', ') || '—'} />
      ),
    },
    {
      id: 'updatedAt',
      label: 'Updated',
      isSortable: true,
      cell: policy => (
        <CellText
          title={formatTime(policy.updatedAt)}
          description={policy.updatedBy}
        />
      ),
    },
  ];
}
