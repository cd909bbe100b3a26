import { Cell, CellText, ColumnConfig } from '@backstage/ui';
import type { AuthzGroup } from '@internal/plugin-authz-common';
import { PrincipalAvatarStack } from '../shared/PrincipalAvatarStack';
import { displayNameOf } from '../shared/refs';

export type GroupRow = AuthzGroup & { id: string };

/** The list view of the groups page. */
export const groupColumns: ColumnConfig<GroupRow>[] = [
  {
    id: 'name',
    label: 'Group',
    isRowHeader: true,
    cell: group => (
      <CellText title={displayNameOf(group)} description={group.description} />
    ),
  },
  {
    id: 'members',
    label: 'Members',
    cell: group => (
      <Cell>
        <PrincipalAvatarStack refs={group.memberRefs} />
      </Cell>
    ),
  },
  {
    id: 'roles',
    label: 'Roles',
    cell: group => <CellText title={String(group.roleCount)} />,
  },
  {
    id: 'source',
    label: 'Source',
    cell: group => <CellText title={group.source} />,
  },
];
