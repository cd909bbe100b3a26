import { Flex, SearchField, Select } from '@backstage/ui';
import type { UserListQuery } from '../../api/types';
import { filterFieldBinder } from '../shared/filterFieldBinder';
import {
  useDepartmentOptions,
  useGroupOptions,
  useRoleOptions,
} from '../shared/useOptions';

export type UserFilter = Pick<
  UserListQuery,
  'status' | 'departmentRef' | 'groupRef' | 'roleId'
>;

const any = { id: '', label: 'Any' };
const statusOptions = [
  any,
  { id: 'active', label: 'Active' },
  { id: 'disabled', label: 'Disabled' },
];

/** Search and the four list filters of the users table. */
export function UserFilters(props: {
  search: string;
  onSearchChange(search: string): void;
  filter: UserFilter;
  onFilterChange(filter: UserFilter): void;
}) {
  const departments = useDepartmentOptions();
  const groups = useGroupOptions();
  const roles = useRoleOptions();
  // "Any" is the empty option: the filter leaves that key out.
  const picker = filterFieldBinder(props.filter, (key, value) =>
    props.onFilterChange({ ...props.filter, [key]: value || undefined }),
  );

  return (
    <Flex gap="3" align="end" style={{ flexWrap: 'wrap' }}>
      <SearchField
        label="Search users"
        placeholder="Name, display name or email"
        style={{ minWidth: 260 }}
        value={props.search}
        onChange={props.onSearchChange}
      />
      <Select label="Status" options={statusOptions} {...picker('status')} />
      <Select
        label="Department"
        options={[any, ...departments]}
        {...picker('departmentRef')}
      />
      <Select
        label="Group"
        options={[any, ...groups]}
        {...picker('groupRef')}
      />
      <Select label="Role" options={[any, ...roles]} {...picker('roleId')} />
    </Flex>
  );
}
