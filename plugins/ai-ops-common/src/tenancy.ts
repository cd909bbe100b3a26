import { z } from 'zod';

/** A URL-safe name: the API path of organisations, workspaces, pipelines. */
export const slugSchema = z
  .string()
  .min(1)
  .max(63)
  .regex(
    /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/,
    'Use lower-case letters, digits and dashes, starting and ending with a letter or digit',
  );

/** A catalog entity ref `kind:namespace/name`, compared in lower case. */
export const entityRefSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]*:[a-z0-9._-]+\/[a-z0-9._-]+$/i,
    'Expected an entity ref like group:default/ml-platform',
  )
  .transform(ref => ref.toLocaleLowerCase('en-US'));

/** Roles in a workspace, each including the ones before it. */
export const workspaceRoles = ['viewer', 'editor', 'admin'] as const;
export type WorkspaceRole = (typeof workspaceRoles)[number];

export type Organization = {
  id: string;
  name: string;
  title: string;
  description?: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  archivedAt?: string;
};

export type Workspace = {
  id: string;
  /** The organisation's name. */
  organization: string;
  name: string;
  title: string;
  description?: string;
  owner: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  archivedAt?: string;
};

export type WorkspaceMember = {
  /** A user or group entity ref, lower case. */
  principal: string;
  role: WorkspaceRole;
  addedBy: string;
  addedAt: string;
};

/** `GET /workspaces/:workspace`: the workspace with its members. */
export type WorkspaceDetail = Workspace & { members: WorkspaceMember[] };

/** `GET /me/workspace`: the caller's current workspace, if any is set. */
export type CurrentWorkspace = { workspace?: Workspace };

export const createOrganizationRequestSchema = z.object({
  name: slugSchema,
  title: z.string().min(1).max(200),
  description: z.string().max(2000).optional(),
});
export type CreateOrganizationRequest = z.input<
  typeof createOrganizationRequestSchema
>;

export const updateOrganizationRequestSchema = z
  .object({
    title: z.string().min(1).max(200),
    description: z.string().max(2000).nullable(),
    archived: z.boolean(),
  })
  .partial()
  .strict();
export type UpdateOrganizationRequest = z.input<
  typeof updateOrganizationRequestSchema
>;

export const workspaceMemberInputSchema = z.object({
  principal: entityRefSchema,
  role: z.enum(workspaceRoles),
});

export const createWorkspaceRequestSchema = z.object({
  name: slugSchema,
  title: z.string().min(1).max(200),
  description: z.string().max(2000).optional(),
  owner: entityRefSchema,
  /** Initial members; the creator becomes an admin unless listed. */
  members: z.array(workspaceMemberInputSchema).max(200).default([]),
});
export type CreateWorkspaceRequest = z.input<
  typeof createWorkspaceRequestSchema
>;

export const updateWorkspaceRequestSchema = z
  .object({
    title: z.string().min(1).max(200),
    description: z.string().max(2000).nullable(),
    owner: entityRefSchema,
    archived: z.boolean(),
  })
  .partial()
  .strict();
export type UpdateWorkspaceRequest = z.input<
  typeof updateWorkspaceRequestSchema
>;

/** `PUT /workspaces/:workspace/members/:principal`. */
export const putWorkspaceMemberRequestSchema = z.object({
  role: z.enum(workspaceRoles),
});

/** `PUT /me/workspace`: switch the caller's current workspace. */
export const switchWorkspaceRequestSchema = z.object({ workspace: slugSchema });

/** `GET /workspaces`: filters of the list. */
export const listWorkspacesQuerySchema = z.object({
  organization: slugSchema.optional(),
  includeArchived: z
    .enum(['true', 'false'])
    .transform(value => value === 'true')
    .optional(),
});
