import { Cell, CellProfile, CellText, ColumnConfig } from '@backstage/ui';
import type { AuthzUser } from '@internal/plugin-authz-common';
import { UserStatusChip } from '../shared/StatusChip';
import { displayNameOf, entityName } from '../shared/refs';
import { formatTime } from '../shared/time';

/** A user as a table row (the table keys rows by `id`). */
export type UserRow = AuthzUser & { id: string };

export const toUserRow = (user: AuthzUser): UserRow => ({
  ...user,
  id: user.ref,
});

/** Column ids double as the server's `sort` keys. */
export const userColumns: ColumnConfig<UserRow>[] = [
  {
    id: 'name',
    label: 'User',
    isRowHeader: true,
    isSortable: true,
    cell: user => (
      <CellProfile
        name={displayNameOf(user)}
        description={user.email ?? user.name}
      />
    ),
  },
  {
    id: 'status',
    label: 'Status',
    isSortable: true,
    cell: user => (
      <Cell>
        <UserStatusChip status={user.status} />
      </Cell>
    ),
  },
  {
    id: 'departmentRef',
    label: 'Department',
    isSortable: true,
    cell: user => (
      <CellText
        title={user.departmentRef ? entityName(user.departmentRef) : '—'}
      />
    ),
  },
  {
    id: 'groups',
    label: 'Groups',
    cell: user => (
      <CellText title={user.groupRefs.map(entityName).join(', ') || '—'} />
    ),
  },
  {
    id: 'roles',
    label: 'Roles',
    cell: user => <CellText title={String(user.roleIds.length)} />,
  },
  {
    id: 'lastLoginAt',
    label: 'Last login',
    isSortable: true,
    cell: user => <CellText title={formatTime(user.lastLoginAt)} />,
  },
];
