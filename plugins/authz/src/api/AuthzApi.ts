import { createApiRef } from '@backstage/frontend-plugin-api';
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
import type {
  AuditFilter,
  AuditListQuery,
  AuditStatsQuery,
  AuditStreamHandlers,
  AuditSubscription,
  AuthzStats,
  BulkUserAction,
  BulkUserResult,
  CreateDepartmentRequest,
  CreateGroupRequest,
  CreatePolicyRequest,
  CreateRoleRequest,
  CreateUserRequest,
  DepartmentDetail,
  DepartmentListing,
  DryRunRequest,
  ImpactRequest,
  ListQueryParams,
  MoveDepartmentRequest,
  PolicyListQuery,
  RoleHolder,
  RoleListQuery,
  UpdateDepartmentRequest,
  UpdateGroupRequest,
  UpdatePolicyRequest,
  UpdateRoleRequest,
  UpdateUserRequest,
  UserImportReport,
  UserListQuery,
} from './types';

/** The `/api/authz` REST API as the admin UI uses it. */
export interface AuthzApi {
  listUsers(query: UserListQuery): Promise<Page<AuthzUser>>;
  getUser(ref: string): Promise<AuthzUser>;
  createUser(request: CreateUserRequest): Promise<AuthzUser>;
  updateUser(ref: string, request: UpdateUserRequest): Promise<AuthzUser>;
  deleteUser(ref: string): Promise<void>;
  bulkUserAction(action: BulkUserAction): Promise<BulkUserResult[]>;
  /** CSV with header name,displayName,email,department,groups,status. */
  importUsers(csv: string): Promise<UserImportReport>;

  listGroups(query: ListQueryParams): Promise<Page<AuthzGroup>>;
  getGroup(ref: string): Promise<AuthzGroup>;
  createGroup(request: CreateGroupRequest): Promise<AuthzGroup>;
  updateGroup(ref: string, request: UpdateGroupRequest): Promise<AuthzGroup>;
  deleteGroup(ref: string): Promise<void>;
  setGroupMembers(ref: string, memberRefs: string[]): Promise<void>;
  addGroupMember(ref: string, userRef: string): Promise<void>;
  removeGroupMember(ref: string, userRef: string): Promise<void>;

  listDepartments(): Promise<DepartmentListing>;
  getDepartment(ref: string): Promise<DepartmentDetail>;
  createDepartment(request: CreateDepartmentRequest): Promise<void>;
  updateDepartment(
    ref: string,
    request: UpdateDepartmentRequest,
  ): Promise<void>;
  moveDepartment(ref: string, request: MoveDepartmentRequest): Promise<void>;
  deleteDepartment(ref: string): Promise<void>;

  listRoles(query: RoleListQuery): Promise<Page<AuthzRole>>;
  getRole(id: string): Promise<AuthzRole>;
  createRole(request: CreateRoleRequest): Promise<AuthzRole>;
  updateRole(id: string, request: UpdateRoleRequest): Promise<AuthzRole>;
  deleteRole(id: string): Promise<void>;
  listRoleHolders(id: string): Promise<RoleHolder[]>;
  attachRoleHolders(id: string, holders: RoleHolder[]): Promise<void>;
  detachRoleHolders(id: string, holders: RoleHolder[]): Promise<void>;
  attachRolePolicies(id: string, policyIds: string[]): Promise<void>;
  detachRolePolicies(id: string, policyIds: string[]): Promise<void>;

  listPolicies(query: PolicyListQuery): Promise<Page<AuthzPolicy>>;
  getPolicy(id: string): Promise<AuthzPolicy>;
  createPolicy(request: CreatePolicyRequest): Promise<AuthzPolicy>;
  updatePolicy(id: string, request: UpdatePolicyRequest): Promise<AuthzPolicy>;
  deletePolicy(id: string): Promise<void>;
  listPolicyVersions(id: string): Promise<AuthzPolicyVersion[]>;
  /** The policies as a JSON file to download. */
  exportPolicies(ids: string[]): Promise<Blob>;

  getStats(): Promise<AuthzStats>;

  dryRun(request: DryRunRequest): Promise<DryRunResponse>;
  dryRunImpact(request: ImpactRequest): Promise<ImpactResponse>;
  listPermissions(): Promise<KnownPermission[]>;
  getHealth(): Promise<AuthzHealth>;

  listAuditEntries(query: AuditListQuery): Promise<Page<AuditEntry>>;
  getAuditEntry(id: string): Promise<AuditEntry>;
  getAuditStats(query: AuditStatsQuery): Promise<AuditStats>;
  /** The filtered log as a file to download. */
  exportAudit(format: 'csv' | 'json', filter: AuditFilter): Promise<Blob>;
  getAuditSettings(): Promise<AuditSettings>;
  updateAuditSettings(settings: AuditSettings): Promise<AuditSettings>;
  /** New entries matching the filter as they are written, until closed. */
  streamAuditEntries(
    filter: AuditFilter,
    handlers: AuditStreamHandlers,
  ): AuditSubscription;
}

export const authzApiRef = createApiRef<AuthzApi>().with({
  id: 'plugin.authz.api',
  pluginId: 'authz',
});
