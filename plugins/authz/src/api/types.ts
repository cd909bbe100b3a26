import type {
  AuditEntry,
  AuthzDepartment,
  AuthzUser,
  RoleHolderKind,
  RoleType,
  auditQuerySchema,
  bulkUserActionSchema,
  createDepartmentSchema,
  createGroupSchema,
  createPolicySchema,
  createRoleSchema,
  createUserSchema,
  dryRunRequestSchema,
  impactRequestSchema,
  listQuerySchema,
  moveDepartmentSchema,
  updateDepartmentSchema,
  updateGroupSchema,
  updatePolicySchema,
  updateRoleSchema,
  updateUserSchema,
  userListQuerySchema,
} from '@internal/plugin-authz-common';

/**
 * Request types come from the zod schemas of authz-common through the
 * Standard Schema interface they implement, so the UI cannot drift from what
 * the server validates.
 */
type SchemaTypes<TSchema> = TSchema extends {
  '~standard': { types?: infer TTypes };
}
  ? NonNullable<TTypes>
  : never;
/** What a schema accepts (defaults still optional). */
export type RequestOf<TSchema> = SchemaTypes<TSchema> extends {
  input: infer TInput;
}
  ? TInput
  : never;
/** A query string: every parameter optional, typed as the server parses it. */
export type QueryOf<TSchema> = SchemaTypes<TSchema> extends {
  output: infer TOutput;
}
  ? Partial<TOutput>
  : never;

export type ListQueryParams = QueryOf<typeof listQuerySchema>;
export type UserListQuery = QueryOf<typeof userListQuerySchema>;
export type CreateUserRequest = RequestOf<typeof createUserSchema>;
export type UpdateUserRequest = RequestOf<typeof updateUserSchema>;
export type BulkUserAction = RequestOf<typeof bulkUserActionSchema>;
/** Bulk actions go user by user: some may fail while the others succeed. */
export type BulkUserResult = {
  ref: string;
  status: 'succeeded' | 'failed';
  message?: string;
};

export type CreateGroupRequest = RequestOf<typeof createGroupSchema>;
export type UpdateGroupRequest = RequestOf<typeof updateGroupSchema>;

export type CreateDepartmentRequest = RequestOf<typeof createDepartmentSchema>;
export type UpdateDepartmentRequest = RequestOf<typeof updateDepartmentSchema>;
export type MoveDepartmentRequest = RequestOf<typeof moveDepartmentSchema>;

export type RoleListQuery = Omit<ListQueryParams, 'sort' | 'order'> & {
  type?: RoleType;
  active?: boolean;
};
export type CreateRoleRequest = RequestOf<typeof createRoleSchema>;
export type UpdateRoleRequest = RequestOf<typeof updateRoleSchema>;
export type RoleHolder = { kind: RoleHolderKind; ref: string };

export type PolicyListQuery = ListQueryParams & { active?: boolean };
export type CreatePolicyRequest = RequestOf<typeof createPolicySchema>;
export type UpdatePolicyRequest = RequestOf<typeof updatePolicySchema>;

export type DryRunRequest = RequestOf<typeof dryRunRequestSchema>;
export type ImpactRequest = RequestOf<typeof impactRequestSchema>;
export type DraftPolicy = NonNullable<DryRunRequest['draft']>;

export type AuditListQuery = QueryOf<typeof auditQuerySchema>;
/** The audit filters, shared by the list, the export and the live stream. */
export type AuditFilter = Omit<AuditListQuery, 'offset' | 'limit'>;
export type AuditStatsQuery = {
  from?: string;
  to?: string;
  bucket?: 'hour' | 'day';
};

export type UserImportRow = {
  row: number;
  name: string;
  status: 'created' | 'updated' | 'skipped' | 'invalid';
  message: string;
};
export type UserImportReport = { rows: UserImportRow[] };

/** `GET /departments`; the UI builds the tree from the flat list. */
export type DepartmentListing = {
  /** Flat, with parentRef, position and path. */
  items: AuthzDepartment[];
};
export type DepartmentDetail = AuthzDepartment & { members: AuthzUser[] };

export type AuthzStats = {
  users: { active: number; disabled: number };
  groups: number;
  departments: number;
  roles: { total: number; active: number };
  policies: { total: number; active: number };
};

export type AuditStreamStatus =
  | 'connecting'
  | 'connected'
  | 'reconnecting'
  | 'closed';
export type AuditStreamHandlers = {
  onEntry(entry: AuditEntry): void;
  onStatusChange(status: AuditStreamStatus): void;
  /** The stream could not (re)connect; it retries on its own. */
  onError(error: Error): void;
};
export type AuditSubscription = { close(): void };
