import type {
  DryRunResponse,
  ImpactResponse,
} from '@internal/plugin-authz-common';
import type * as T from '../api/types';
import * as fixtures from './fixtures';
import { FakeDirectory } from './FakeDirectory';
import { copy, find, now, page } from './fakeHelpers';

/** Roles, policies and the PDP of the fake API (see FakeAuthzApi). */
export class FakeAccess extends FakeDirectory {
  roles = copy(fixtures.roles);
  policies = copy(fixtures.policies);
  dryRunResponse: DryRunResponse = {
    decisionId: 'dec-1',
    revision: 7,
    current: { result: 'DENY', reasons: [], summary: 'No statement matched' },
  };
  impactResponse: ImpactResponse = { evaluated: 0, changes: [] };

  async listRoles(query: T.RoleListQuery) {
    return page(
      copy(
        this.roles.filter(
          role =>
            (!query.type || role.type === query.type) &&
            (query.active === undefined || role.active === query.active),
        ),
      ),
      query,
    );
  }
  async getRole(id: string) {
    return copy(find(this.roles, role => role.id === id, id));
  }
  async createRole(request: T.CreateRoleRequest) {
    const role = {
      ...fixtures.roles[1],
      active: true,
      allUsers: false,
      ...request,
      id: `role-${this.roles.length + 1}`,
      policyIds: [],
    };
    this.roles.push(role);
    return copy(role);
  }
  async updateRole(id: string, request: T.UpdateRoleRequest) {
    return copy(
      Object.assign(
        find(this.roles, r => r.id === id, id),
        request,
      ),
    );
  }
  async deleteRole(id: string) {
    this.roles = this.roles.filter(role => role.id !== id);
  }
  async listRoleHolders(id: string): Promise<T.RoleHolder[]> {
    return [
      ...this.users
        .filter(u => u.roleIds.includes(id))
        .map(u => ({ kind: 'user' as const, ref: u.ref })),
      ...this.groups
        .filter(g => g.roleIds.includes(id))
        .map(g => ({ kind: 'group' as const, ref: g.ref })),
      ...this.departments
        .filter(d => d.roleIds.includes(id))
        .map(d => ({ kind: 'department' as const, ref: d.ref })),
    ];
  }
  #holder(holder: T.RoleHolder) {
    const all = {
      user: this.users,
      group: this.groups,
      department: this.departments,
    };
    return find<{ ref: string; roleIds: string[] }>(
      all[holder.kind],
      h => h.ref === holder.ref,
      holder.ref,
    );
  }
  async attachRoleHolders(id: string, holders: T.RoleHolder[]) {
    holders.forEach(h => this.#holder(h).roleIds.push(id));
  }
  async detachRoleHolders(id: string, holders: T.RoleHolder[]) {
    for (const h of holders) {
      const holder = this.#holder(h);
      holder.roleIds = holder.roleIds.filter(roleId => roleId !== id);
    }
  }
  async attachRolePolicies(id: string, policyIds: string[]) {
    find(this.roles, r => r.id === id, id).policyIds.push(...policyIds);
  }
  async detachRolePolicies(id: string, policyIds: string[]) {
    const role = find(this.roles, r => r.id === id, id);
    role.policyIds = role.policyIds.filter(p => !policyIds.includes(p));
  }

  async listPolicies(query: T.PolicyListQuery) {
    const q = query.q?.toLowerCase();
    return page(
      copy(this.policies.filter(p => !q || p.name.includes(q))),
      query,
    );
  }
  async getPolicy(id: string) {
    return copy(find(this.policies, policy => policy.id === id, id));
  }
  async createPolicy(request: T.CreatePolicyRequest) {
    const policy = {
      ...fixtures.policies[1],
      active: true,
      ...request,
      id: `policy-${this.policies.length + 1}`,
      version: 1,
      roleIds: [],
    };
    this.policies.push(policy);
    return copy(policy);
  }
  async updatePolicy(id: string, request: T.UpdatePolicyRequest) {
    const policy = find(this.policies, p => p.id === id, id);
    return copy(
      Object.assign(policy, request, { version: policy.version + 1 }),
    );
  }
  async deletePolicy(id: string) {
    this.policies = this.policies.filter(policy => policy.id !== id);
  }
  async listPolicyVersions(id: string) {
    const policy = find(this.policies, p => p.id === id, id);
    return [policy.version, policy.version - 1]
      .filter(v => v > 0)
      .map(version => ({
        policyId: id,
        version,
        document: copy(policy.document),
        active: true,
        changedBy: 'user:default/alice.kim',
        changedAt: now,
      }));
  }
  async exportPolicies(ids: string[]) {
    return new Blob([
      JSON.stringify(this.policies.filter(p => ids.includes(p.id))),
    ]);
  }

  async getStats(): Promise<T.AuthzStats> {
    const active = this.users.filter(user => user.status === 'active').length;
    return {
      users: { active, disabled: this.users.length - active },
      groups: this.groups.length,
      departments: this.departments.length,
      roles: {
        total: this.roles.length,
        active: this.roles.filter(r => r.active).length,
      },
      policies: {
        total: this.policies.length,
        active: this.policies.filter(p => p.active).length,
      },
    };
  }

  async dryRun() {
    return copy(this.dryRunResponse);
  }
  async dryRunImpact() {
    return copy(this.impactResponse);
  }
  async listPermissions() {
    return [
      {
        name: 'catalog.entity.read',
        type: 'resource' as const,
        resourceType: 'catalog-entity',
        action: 'read',
        pluginId: 'catalog',
      },
      {
        name: 'authz.policy.update',
        type: 'basic' as const,
        action: 'update',
        pluginId: 'authz',
      },
    ];
  }
  async getHealth() {
    return {
      revision: 7,
      components: [
        {
          name: 'OPA',
          status: 'ok' as const,
          detail: 'wasm bundle loaded',
          latencyMs: 1,
        },
        {
          name: 'Database',
          status: 'degraded' as const,
          detail: 'slow queries',
        },
      ],
    };
  }
}
