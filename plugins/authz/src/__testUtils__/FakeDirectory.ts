import type * as T from '../api/types';
import * as fixtures from './fixtures';
import { copy, find, page } from './fakeHelpers';

/** Users, groups and departments of the fake API (see FakeAuthzApi). */
export class FakeDirectory {
  users = copy(fixtures.users);
  groups = copy(fixtures.groups);
  departments = copy(fixtures.departments);

  async listUsers(query: T.UserListQuery) {
    const q = query.q?.toLowerCase();
    const items = this.users.filter(
      user =>
        (!q ||
          `${user.name} ${user.displayName} ${user.email}`
            .toLowerCase()
            .includes(q)) &&
        (!query.status || user.status === query.status) &&
        (!query.departmentRef || user.departmentRef === query.departmentRef) &&
        (!query.groupRef || user.groupRefs.includes(query.groupRef)) &&
        (!query.roleId || user.roleIds.includes(query.roleId)),
    );
    return page(copy(items), query);
  }
  async getUser(ref: string) {
    return copy(find(this.users, user => user.ref === ref, ref));
  }
  async createUser(request: T.CreateUserRequest) {
    const user = {
      ...fixtures.users[2],
      roleIds: [],
      groupRefs: [],
      ...request,
      status: request.status ?? 'active',
      ref: `user:default/${request.name}`,
    };
    this.users.push(user);
    return copy(user);
  }
  async updateUser(ref: string, request: T.UpdateUserRequest) {
    const user = find(this.users, u => u.ref === ref, ref);
    Object.assign(user, request, {
      departmentRef: request.departmentRef ?? user.departmentRef,
    });
    return copy(user);
  }
  async deleteUser(ref: string) {
    this.users = this.users.filter(user => user.ref !== ref);
  }
  async bulkUserAction(action: T.BulkUserAction) {
    return action.refs.map((ref): T.BulkUserResult => {
      const user = find(this.users, u => u.ref === ref, ref);
      if (action.action === 'delete' && user.source === 'catalog') {
        return {
          ref,
          status: 'failed',
          message: `${ref} comes from the catalog`,
        };
      }
      if (action.action === 'activate') user.status = 'active';
      if (action.action === 'disable') user.status = 'disabled';
      if (action.action === 'delete') {
        this.users = this.users.filter(u => u.ref !== ref);
      }
      if (action.action === 'attachRole') user.roleIds.push(action.roleId);
      if (action.action === 'detachRole') {
        user.roleIds = user.roleIds.filter(id => id !== action.roleId);
      }
      return { ref, status: 'succeeded' };
    });
  }
  async importUsers(csv: string): Promise<T.UserImportReport> {
    const lines = csv.trim().split('\n').slice(1);
    return {
      rows: lines.map((line, index) => {
        const [name] = line.split(',');
        const valid = /^[a-z0-9.-]+$/.test(name);
        return {
          row: index + 2,
          name,
          status: valid ? 'created' : 'invalid',
          message: valid ? 'created' : 'name: must be a catalog name',
        };
      }),
    };
  }

  async listGroups(query: T.ListQueryParams) {
    const q = query.q?.toLowerCase();
    return page(
      copy(
        this.groups.filter(
          g => !q || `${g.name} ${g.title}`.toLowerCase().includes(q),
        ),
      ),
      query,
    );
  }
  async getGroup(ref: string) {
    return copy(find(this.groups, group => group.ref === ref, ref));
  }
  async createGroup(request: T.CreateGroupRequest) {
    const group = {
      ...request,
      ref: `group:default/${request.name}`,
      memberRefs: [],
      roleIds: [],
      memberCount: 0,
      roleCount: 0,
      source: 'local' as const,
    };
    this.groups.push(group);
    return copy(group);
  }
  async updateGroup(ref: string, request: T.UpdateGroupRequest) {
    return copy(
      Object.assign(
        find(this.groups, g => g.ref === ref, ref),
        request,
      ),
    );
  }
  async deleteGroup(ref: string) {
    this.groups = this.groups.filter(group => group.ref !== ref);
  }
  async setGroupMembers(ref: string, memberRefs: string[]) {
    const group = find(this.groups, g => g.ref === ref, ref);
    group.memberRefs = [...memberRefs];
    group.memberCount = memberRefs.length;
  }
  async addGroupMember(ref: string, userRef: string) {
    const group = find(this.groups, g => g.ref === ref, ref);
    await this.setGroupMembers(ref, [...group.memberRefs, userRef]);
  }
  async removeGroupMember(ref: string, userRef: string) {
    const group = find(this.groups, g => g.ref === ref, ref);
    await this.setGroupMembers(
      ref,
      group.memberRefs.filter(m => m !== userRef),
    );
  }

  async listDepartments(): Promise<T.DepartmentListing> {
    return { items: copy(this.departments) };
  }
  async getDepartment(ref: string): Promise<T.DepartmentDetail> {
    const department = find(this.departments, d => d.ref === ref, ref);
    const members = this.users.filter(user => user.departmentRef === ref);
    return copy({ ...department, members });
  }
  async createDepartment(request: T.CreateDepartmentRequest) {
    const parent = this.departments.find(d => d.ref === request.parentRef);
    const ref = `group:default/${request.name}`;
    this.departments.push({
      ...fixtures.departments[3],
      ...request,
      ref,
      path: [...(parent?.path ?? []), ref],
      position: this.departments.filter(d => d.parentRef === request.parentRef)
        .length,
      roleIds: [],
      memberCount: 0,
    });
  }
  async updateDepartment(ref: string, request: T.UpdateDepartmentRequest) {
    Object.assign(
      find(this.departments, d => d.ref === ref, ref),
      request,
    );
  }
  async moveDepartment(ref: string, request: T.MoveDepartmentRequest) {
    Object.assign(
      find(this.departments, d => d.ref === ref, ref),
      {
        parentRef: request.parentRef ?? undefined,
        position: request.position,
      },
    );
  }
  async deleteDepartment(ref: string) {
    this.departments = this.departments.filter(d => d.ref !== ref);
  }
}
