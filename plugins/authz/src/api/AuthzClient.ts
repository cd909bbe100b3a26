import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  AuditEntry,
  AuditSettings,
  AuditStats,
  AuthzGroup,
  AuthzHealth,
  AuthzPolicy,
  AuthzPolicyVersion,
  AuthzRole,
  AuthzUser,
  DryRunResponse,
  ImpactResponse,
  KnownPermission,
  Page,
} from '@internal/plugin-authz-common';
import type { AuthzApi } from './AuthzApi';
import { AuditEventStream } from './AuditEventStream';
import type * as T from './types';

type QueryValue = string | number | boolean | string[] | undefined | null;
type Query = Record<string, QueryValue>;

/** `?a=1&b=x`, leaving out empty values; arrays become comma lists. */
export function toQueryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

const seg = encodeURIComponent;

type RequestOptions = {
  query?: Query;
  json?: unknown;
  body?: string;
  contentType?: string;
  credentials?: RequestCredentials;
};

/** Talks to the authz backend with the signed-in user's token. */
export class AuthzClient implements AuthzApi {
  readonly #discoveryApi: DiscoveryApi;
  readonly #fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.#discoveryApi = options.discoveryApi;
    this.#fetchApi = options.fetchApi;
  }

  async #url(path: string, query?: Query) {
    const base = await this.#discoveryApi.getBaseUrl('authz');
    return `${base}${path}${toQueryString(query)}`;
  }

  async #send(method: string, path: string, options: RequestOptions = {}) {
    const headers: Record<string, string> = {};
    let body = options.body;
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.contentType) {
      headers['Content-Type'] = options.contentType;
    }
    const response = await this.#fetchApi.fetch(
      await this.#url(path, options.query),
      { method, headers, body, credentials: options.credentials },
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }

  async #json<R>(method: string, path: string, options?: RequestOptions) {
    const response = await this.#send(method, path, options);
    return (await response.json()) as R;
  }

  async #void(method: string, path: string, options?: RequestOptions) {
    await this.#send(method, path, options);
  }

  async #blob(path: string, query: Query) {
    return (await this.#send('GET', path, { query })).blob();
  }

  listUsers(query: T.UserListQuery) {
    return this.#json<Page<AuthzUser>>('GET', '/users', { query });
  }
  getUser(ref: string) {
    return this.#json<AuthzUser>('GET', `/users/${seg(ref)}`);
  }
  createUser(json: T.CreateUserRequest) {
    return this.#json<AuthzUser>('POST', '/users', { json });
  }
  updateUser(ref: string, json: T.UpdateUserRequest) {
    return this.#json<AuthzUser>('PATCH', `/users/${seg(ref)}`, { json });
  }
  deleteUser(ref: string) {
    return this.#void('DELETE', `/users/${seg(ref)}`);
  }
  async bulkUserAction(json: T.BulkUserAction) {
    const { results } = await this.#json<{ results: T.BulkUserResult[] }>(
      'POST',
      '/users/bulk',
      { json },
    );
    return results;
  }
  importUsers(csv: string) {
    return this.#json<T.UserImportReport>('POST', '/users/import', {
      body: csv,
      contentType: 'text/csv',
    });
  }

  listGroups(query: T.ListQueryParams) {
    return this.#json<Page<AuthzGroup>>('GET', '/groups', { query });
  }
  getGroup(ref: string) {
    return this.#json<AuthzGroup>('GET', `/groups/${seg(ref)}`);
  }
  createGroup(json: T.CreateGroupRequest) {
    return this.#json<AuthzGroup>('POST', '/groups', { json });
  }
  updateGroup(ref: string, json: T.UpdateGroupRequest) {
    return this.#json<AuthzGroup>('PATCH', `/groups/${seg(ref)}`, { json });
  }
  deleteGroup(ref: string) {
    return this.#void('DELETE', `/groups/${seg(ref)}`);
  }
  setGroupMembers(ref: string, memberRefs: string[]) {
    return this.#void('PUT', `/groups/${seg(ref)}/members`, {
      json: { memberRefs },
    });
  }
  addGroupMember(ref: string, userRef: string) {
    return this.#void('POST', `/groups/${seg(ref)}/members/${seg(userRef)}`);
  }
  removeGroupMember(ref: string, userRef: string) {
    return this.#void('DELETE', `/groups/${seg(ref)}/members/${seg(userRef)}`);
  }

  listDepartments() {
    return this.#json<T.DepartmentListing>('GET', '/departments');
  }
  getDepartment(ref: string) {
    return this.#json<T.DepartmentDetail>('GET', `/departments/${seg(ref)}`);
  }
  createDepartment(json: T.CreateDepartmentRequest) {
    return this.#void('POST', '/departments', { json });
  }
  updateDepartment(ref: string, json: T.UpdateDepartmentRequest) {
    return this.#void('PATCH', `/departments/${seg(ref)}`, { json });
  }
  moveDepartment(ref: string, json: T.MoveDepartmentRequest) {
    return this.#void('POST', `/departments/${seg(ref)}/move`, { json });
  }
  deleteDepartment(ref: string) {
    return this.#void('DELETE', `/departments/${seg(ref)}`);
  }

  listRoles(query: T.RoleListQuery) {
    return this.#json<Page<AuthzRole>>('GET', '/roles', { query });
  }
  getRole(id: string) {
    return this.#json<AuthzRole>('GET', `/roles/${seg(id)}`);
  }
  createRole(json: T.CreateRoleRequest) {
    return this.#json<AuthzRole>('POST', '/roles', { json });
  }
  updateRole(id: string, json: T.UpdateRoleRequest) {
    return this.#json<AuthzRole>('PATCH', `/roles/${seg(id)}`, { json });
  }
  deleteRole(id: string) {
    return this.#void('DELETE', `/roles/${seg(id)}`);
  }
  async listRoleHolders(id: string) {
    const { items } = await this.#json<{ items: T.RoleHolder[] }>(
      'GET',
      `/roles/${seg(id)}/holders`,
    );
    return items;
  }
  attachRoleHolders(id: string, holders: T.RoleHolder[]) {
    return this.#void('POST', `/roles/${seg(id)}/holders/attach`, {
      json: { holders },
    });
  }
  detachRoleHolders(id: string, holders: T.RoleHolder[]) {
    return this.#void('POST', `/roles/${seg(id)}/holders/detach`, {
      json: { holders },
    });
  }
  attachRolePolicies(id: string, policyIds: string[]) {
    return this.#void('POST', `/roles/${seg(id)}/policies/attach`, {
      json: { policyIds },
    });
  }
  detachRolePolicies(id: string, policyIds: string[]) {
    return this.#void('POST', `/roles/${seg(id)}/policies/detach`, {
      json: { policyIds },
    });
  }

  listPolicies(query: T.PolicyListQuery) {
    return this.#json<Page<AuthzPolicy>>('GET', '/policies', { query });
  }
  getPolicy(id: string) {
    return this.#json<AuthzPolicy>('GET', `/policies/${seg(id)}`);
  }
  createPolicy(json: T.CreatePolicyRequest) {
    return this.#json<AuthzPolicy>('POST', '/policies', { json });
  }
  updatePolicy(id: string, json: T.UpdatePolicyRequest) {
    return this.#json<AuthzPolicy>('PATCH', `/policies/${seg(id)}`, { json });
  }
  deletePolicy(id: string) {
    return this.#void('DELETE', `/policies/${seg(id)}`);
  }
  async listPolicyVersions(id: string) {
    const { items } = await this.#json<{ items: AuthzPolicyVersion[] }>(
      'GET',
      `/policies/${seg(id)}/versions`,
    );
    return items;
  }
  exportPolicies(ids: string[]) {
    return this.#blob('/policies/export', { ids });
  }

  getStats() {
    return this.#json<T.AuthzStats>('GET', '/stats');
  }

  dryRun(json: T.DryRunRequest) {
    return this.#json<DryRunResponse>('POST', '/dry-run', { json });
  }
  dryRunImpact(json: T.ImpactRequest) {
    return this.#json<ImpactResponse>('POST', '/dry-run/impact', { json });
  }
  async listPermissions() {
    const { items } = await this.#json<{ items: KnownPermission[] }>(
      'GET',
      '/permissions',
    );
    return items;
  }
  getHealth() {
    return this.#json<AuthzHealth>('GET', '/health');
  }

  listAuditEntries(query: T.AuditListQuery) {
    return this.#json<Page<AuditEntry>>('GET', '/audit/entries', { query });
  }
  getAuditEntry(id: string) {
    return this.#json<AuditEntry>('GET', `/audit/entries/${seg(id)}`);
  }
  getAuditStats(query: T.AuditStatsQuery) {
    return this.#json<AuditStats>('GET', '/audit/stats', { query });
  }
  exportAudit(format: 'csv' | 'json', filter: T.AuditFilter) {
    return this.#blob('/audit/export', { ...filter, format });
  }
  getAuditSettings() {
    return this.#json<AuditSettings>('GET', '/audit/settings');
  }
  updateAuditSettings(json: AuditSettings) {
    return this.#json<AuditSettings>('PUT', '/audit/settings', { json });
  }
  streamAuditEntries(filter: T.AuditFilter, handlers: T.AuditStreamHandlers) {
    return new AuditEventStream(
      {
        authenticate: () =>
          this.#void('GET', '/audit/cookie', { credentials: 'include' }),
        streamUrl: () => this.#url('/audit/stream', filter),
      },
      handlers,
    );
  }
}
