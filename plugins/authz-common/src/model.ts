import { PolicyDocument } from './policyDocument';

/**
 * The policy administration (PAP) model. Users, groups and departments are
 * keyed by catalog entity ref (`user:default/alice.kim`,
 * `group:default/platform-team`); departments are catalog groups of
 * `spec.type: department`. Roles and policies are the Access family's own.
 */
export type PrincipalSource = 'catalog' | 'local';

export type UserStatus = 'active' | 'disabled';

export type AuthzUser = {
  ref: string;
  name: string;
  displayName?: string;
  email?: string;
  status: UserStatus;
  /** The department the user sits in (its ancestors apply too). */
  departmentRef?: string;
  groupRefs: string[];
  roleIds: string[];
  lastLoginAt?: string;
  source: PrincipalSource;
  createdAt: string;
  updatedAt: string;
};

export type AuthzGroup = {
  ref: string;
  name: string;
  title?: string;
  description?: string;
  /** The department the group hangs under, if any. */
  departmentRef?: string;
  memberRefs: string[];
  roleIds: string[];
  memberCount: number;
  roleCount: number;
  source: PrincipalSource;
};

export type AuthzDepartment = {
  ref: string;
  name: string;
  title?: string;
  parentRef?: string;
  /** Order among siblings in the tree. */
  position: number;
  /** Refs from the root down to this department. */
  path: string[];
  roleIds: string[];
  memberCount: number;
  source: PrincipalSource;
};

export type RoleType = 'system' | 'custom';

export type AuthzRole = {
  id: string;
  name: string;
  description?: string;
  type: RoleType;
  active: boolean;
  /** Applies to every user without an explicit attachment. */
  allUsers: boolean;
  policyIds: string[];
  userCount: number;
  groupCount: number;
  departmentCount: number;
  createdAt: string;
  updatedAt: string;
};

export type AuthzPolicy = {
  id: string;
  name: string;
  description?: string;
  active: boolean;
  document: PolicyDocument;
  /** Increases on every change; old versions stay in the history. */
  version: number;
  roleIds: string[];
  createdAt: string;
  updatedAt: string;
  updatedBy?: string;
};

export type AuthzPolicyVersion = {
  policyId: string;
  version: number;
  document: PolicyDocument;
  active: boolean;
  changedBy: string;
  changedAt: string;
};

/** A role holder: the three principal kinds a role attaches to. */
export type RoleHolderKind = 'user' | 'group' | 'department';

/** A page of a list endpoint. */
export type Page<T> = { items: T[]; totalCount: number };
