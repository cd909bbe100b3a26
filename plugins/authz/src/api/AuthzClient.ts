import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { AuditSettings } from '@internal/plugin-authz-common';
import type { AuthzApi } from './AuthzApi';
import { AuditEventStream } from './AuditEventStream';
import { Query, toQueryString } from './toQueryString';
import type * as T from './types';

// How the client encodes queries; known to callers and tests from here.
export { toQueryString };

const seg = encodeURIComponent;

/** What API method `M` resolves to: the client is typed by the interface. */
type Result<M extends keyof AuthzApi> = Awaited<ReturnType<AuthzApi[M]>>;

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
    return this.#json<Result<'listUsers'>>('GET', '/users', { query });
  }
  getUser(ref: string) {
    return this.#json<Result<'getUser'>>('GET', `/users/${seg(ref)}`);
  }
  createUser(json: T.CreateUserRequest) {
    return this.#json<Result<'createUser'>>('POST', '/users', { json });
  }
  updateUser(ref: string, json: T.UpdateUserRequest) {
    return this.#json<Result<'updateUser'>>('PATCH', `/users/${seg(ref)}`, {
      json,
    });
  }
  deleteUser(ref: string) {
    return this.#void('DELETE', `/users/${seg(ref)}`);
  }
  async bulkUserAction(json: T.BulkUserAction) {
    const { results } = await this.#json<{ results: Result<'bulkUserAction'> }>(
      'POST',
      '/users/bulk',
      { json },
    );
    return results;
  }
  importUsers(csv: string) {
    return this.#json<Result<'importUsers'>>('POST', '/users/import', {
      body: csv,
      contentType: 'text/csv',
    });
  }

  listGroups(query: T.ListQueryParams) {
    return this.#json<Result<'listGroups'>>('GET', '/groups', { query });
  }
  getGroup(ref: string) {
    return this.#json<Result<'getGroup'>>('GET', `/groups/${seg(ref)}`);
  }
  createGroup(json: T.CreateGroupRequest) {
    return this.#json<Result<'createGroup'>>('POST', '/groups', { json });
  }
  updateGroup(ref: string, json: T.UpdateGroupRequest) {
    return this.#json<Result<'updateGroup'>>('PATCH', `/groups/${seg(ref)}`, {
      json,
    });
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
    return this.#json<Result<'listDepartments'>>('GET', '/departments');
  }
  getDepartment(ref: string) {
    return this.#json<Result<'getDepartment'>>(
      'GET',
      `/departments/${seg(ref)}`,
    );
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
    return this.#json<Result<'listRoles'>>('GET', '/roles', { query });
  }
  getRole(id: string) {
    return this.#json<Result<'getRole'>>('GET', `/roles/${seg(id)}`);
  }
  createRole(json: T.CreateRoleRequest) {
    return this.#json<Result<'createRole'>>('POST', '/roles', { json });
  }
  updateRole(id: string, json: T.UpdateRoleRequest) {
    return this.#json<Result<'updateRole'>>('PATCH', `/roles/${seg(id)}`, {
      json,
    });
  }
  deleteRole(id: string) {
    return this.#void('DELETE', `/roles/${seg(id)}`);
  }
  async listRoleHolders(id: string) {
    const { items } = await this.#json<{ items: Result<'listRoleHolders'> }>(
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
    return this.#json<Result<'listPolicies'>>('GET', '/policies', { query });
  }
  getPolicy(id: string) {
    return this.#json<Result<'getPolicy'>>('GET', `/policies/${seg(id)}`);
  }
  createPolicy(json: T.CreatePolicyRequest) {
    return this.#json<Result<'createPolicy'>>('POST', '/policies', { json });
  }
  updatePolicy(id: string, json: T.UpdatePolicyRequest) {
    return this.#json<Result<'updatePolicy'>>('PATCH', `/policies/${seg(id)}`, {
      json,
    });
  }
  deletePolicy(id: string) {
    return this.#void('DELETE', `/policies/${seg(id)}`);
  }
  async listPolicyVersions(id: string) {
    const { items } = await this.#json<{ items: Result<'listPolicyVersions'> }>(
      'GET',
      `/policies/${seg(id)}/versions`,
    );
    return items;
  }
  exportPolicies(ids: string[]) {
    return this.#blob('/policies/export', { ids });
  }

  getStats() {
    return this.#json<Result<'getStats'>>('GET', '/stats');
  }

  dryRun(json: T.DryRunRequest) {
    return this.#json<Result<'dryRun'>>('POST', '/dry-run', { json });
  }
  dryRunImpact(json: T.ImpactRequest) {
    return this.#json<Result<'dryRunImpact'>>('POST', '/dry-run/impact', {
      json,
    });
  }
  async listPermissions() {
    const { items } = await this.#json<{ items: Result<'listPermissions'> }>(
      'GET',
      '/permissions',
    );
    return items;
  }
  getHealth() {
    return this.#json<Result<'getHealth'>>('GET', '/health');
  }

  listAuditEntries(query: T.AuditListQuery) {
    return this.#json<Result<'listAuditEntries'>>('GET', '/audit/entries', {
      query,
    });
  }
  getAuditEntry(id: string) {
    return this.#json<Result<'getAuditEntry'>>(
      'GET',
      `/audit/entries/${seg(id)}`,
    );
  }
  getAuditStats(query: T.AuditStatsQuery) {
    return this.#json<Result<'getAuditStats'>>('GET', '/audit/stats', {
      query,
    });
  }
  exportAudit(format: 'csv' | 'json', filter: T.AuditFilter) {
    return this.#blob('/audit/export', { ...filter, format });
  }
  getAuditSettings() {
    return this.#json<Result<'getAuditSettings'>>('GET', '/audit/settings');
  }
  updateAuditSettings(json: AuditSettings) {
    return this.#json<Result<'updateAuditSettings'>>('PUT', '/audit/settings', {
      json,
    });
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
