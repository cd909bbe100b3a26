import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  Organization,
  UpdateWorkspaceRequest,
  WorkspaceMember,
  WorkspaceRole,
  workspaceRoles,
} from '@internal/plugin-ai-ops-common';
import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { toIso } from '../database/dbValues';
import { insertUnique } from '../database/insertUnique';
import {
  findWorkspaceByName,
  selectWorkspaces,
  toWorkspaceRow,
  WorkspaceRow,
} from './workspaceRows';

export type NewWorkspace = {
  name: string;
  title: string;
  description?: string;
  owner: string;
  members: { principal: string; role: WorkspaceRole }[];
};

function toMember(row: Record<string, unknown>): WorkspaceMember {
  return {
    principal: String(row.principal),
    role: row.role as WorkspaceRole,
    addedBy: String(row.added_by),
    addedAt: toIso(row.added_at),
  };
}

// Admins first, then by principal: the order the UI shows.
const byRoleThenPrincipal = (a: WorkspaceMember, b: WorkspaceMember) =>
  workspaceRoles.indexOf(b.role) - workspaceRoles.indexOf(a.role) ||
  a.principal.localeCompare(b.principal);

/** Workspaces and their members. */
export class WorkspaceStore {
  constructor(private readonly knex: Knex) {}

  async list(filter: {
    organization?: string;
    includeArchived?: boolean;
  }): Promise<WorkspaceRow[]> {
    const query = selectWorkspaces(this.knex).orderBy('w.name');
    if (filter.organization) query.where('o.name', filter.organization);
    if (!filter.includeArchived) query.whereNull('w.archived_at');
    return (await query).map(toWorkspaceRow);
  }

  async get(name: string): Promise<WorkspaceRow | undefined> {
    return findWorkspaceByName(this.knex, name);
  }

  /** Creates the workspace with its members, in one transaction. */
  async create(
    organization: Organization,
    input: NewWorkspace,
    actor: string,
  ): Promise<WorkspaceRow> {
    if (organization.archivedAt) {
      throw new ConflictError(
        `Organization '${organization.name}' is archived`,
      );
    }
    const now = new Date();
    const id = randomUUID();
    await this.knex.transaction(async tx => {
      await insertUnique(
        tx,
        'workspaces',
        {
          id,
          organization_id: organization.id,
          name: input.name,
          title: input.title,
          description: input.description ?? null,
          owner: input.owner,
          created_by: actor,
          created_at: now,
          updated_at: now,
        },
        `A workspace named '${input.name}' already exists`,
      );
      const members = new Map(input.members.map(m => [m.principal, m.role]));
      if (members.size > 0) {
        await tx('workspace_members').insert(
          [...members].map(([principal, role]) => ({
            workspace_id: id,
            principal,
            role,
            added_by: actor,
            added_at: now,
          })),
        );
      }
    });
    return (await this.get(input.name))!;
  }

  async update(
    workspace: WorkspaceRow,
    patch: UpdateWorkspaceRequest,
  ): Promise<WorkspaceRow> {
    const changes: Record<string, unknown> = { updated_at: new Date() };
    if (patch.title !== undefined) changes.title = patch.title;
    if (patch.description !== undefined) {
      changes.description = patch.description;
    }
    if (patch.owner !== undefined) changes.owner = patch.owner;
    if (patch.archived !== undefined) {
      changes.archived_at = patch.archived ? new Date() : null;
    }
    await this.knex('workspaces').where({ id: workspace.id }).update(changes);
    return (await this.get(workspace.name))!;
  }

  async members(workspaceId: string): Promise<WorkspaceMember[]> {
    const rows = await this.knex('workspace_members').where({
      workspace_id: workspaceId,
    });
    return rows.map(toMember).sort(byRoleThenPrincipal);
  }

  async member(
    workspaceId: string,
    principal: string,
  ): Promise<WorkspaceMember | undefined> {
    const row = await this.knex('workspace_members')
      .where({ workspace_id: workspaceId, principal })
      .first();
    return row && toMember(row);
  }

  /** Adds the member or changes its role; answers before and after. */
  async putMember(
    workspaceId: string,
    principal: string,
    role: WorkspaceRole,
    actor: string,
  ): Promise<{ before?: WorkspaceMember; after: WorkspaceMember }> {
    return this.knex.transaction(async tx => {
      const store = new WorkspaceStore(tx as unknown as Knex);
      const before = await store.member(workspaceId, principal);
      if (before) {
        await tx('workspace_members')
          .where({ workspace_id: workspaceId, principal })
          .update({ role });
      } else {
        await tx('workspace_members').insert({
          workspace_id: workspaceId,
          principal,
          role,
          added_by: actor,
          added_at: new Date(),
        });
      }
      await store.assertHasAdmin(workspaceId);
      return { before, after: (await store.member(workspaceId, principal))! };
    });
  }

  /** Removes the member (404 when it is none); answers what was removed. */
  async removeMember(
    workspaceId: string,
    principal: string,
  ): Promise<WorkspaceMember> {
    return this.knex.transaction(async tx => {
      const store = new WorkspaceStore(tx as unknown as Knex);
      const before = await store.member(workspaceId, principal);
      if (!before) {
        throw new NotFoundError(`'${principal}' is not a member`);
      }
      await tx('workspace_members')
        .where({ workspace_id: workspaceId, principal })
        .delete();
      await store.assertHasAdmin(workspaceId);
      return before;
    });
  }

  // A workspace nobody can manage would need a platform administrator.
  private async assertHasAdmin(workspaceId: string): Promise<void> {
    const admin = await this.knex('workspace_members')
      .where({ workspace_id: workspaceId, role: 'admin' })
      .first();
    if (!admin) {
      throw new ConflictError('A workspace keeps at least one admin member');
    }
  }
}
