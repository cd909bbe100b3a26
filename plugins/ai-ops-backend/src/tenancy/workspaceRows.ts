import { Workspace, WorkspaceRole } from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import { optionalText, toIso, toIsoOrUndefined } from '../database/dbValues';

/** A workspace as every area of the backend sees it. */
export type WorkspaceRow = Workspace & { organizationId: string };

export type MemberRow = { principal: string; role: WorkspaceRole };

/** What the `ai-ops-workspace` permission rules are applied to. */
export type WorkspaceResource = {
  workspace: WorkspaceRow;
  members: MemberRow[];
};

/** Selects workspace columns with the organisation's name. */
export function selectWorkspaces(knex: Knex) {
  return knex('workspaces as w')
    .join('organizations as o', 'o.id', 'w.organization_id')
    .select('w.*', { organization: 'o.name' });
}

export function toWorkspaceRow(row: Record<string, unknown>): WorkspaceRow {
  return {
    id: String(row.id),
    organizationId: String(row.organization_id),
    organization: String(row.organization),
    name: String(row.name),
    title: String(row.title),
    description: optionalText(row.description),
    owner: String(row.owner),
    createdBy: String(row.created_by),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
    archivedAt: toIsoOrUndefined(row.archived_at),
  };
}

/** The API form of a workspace. */
export function toWorkspace(row: WorkspaceRow): Workspace {
  const { organizationId: _organizationId, ...workspace } = row;
  return workspace;
}

export async function findWorkspaceByName(
  knex: Knex,
  name: string,
): Promise<WorkspaceRow | undefined> {
  const row = await selectWorkspaces(knex).where('w.name', name).first();
  return row && toWorkspaceRow(row);
}

/** Members (principal and role) of each of the workspaces, by workspace id. */
export async function loadMemberRows(
  knex: Knex,
  workspaceIds: string[],
): Promise<Map<string, MemberRow[]>> {
  const members = new Map<string, MemberRow[]>(
    workspaceIds.map(id => [id, []]),
  );
  if (workspaceIds.length === 0) return members;
  const rows = await knex('workspace_members')
    .whereIn('workspace_id', workspaceIds)
    .select('workspace_id', 'principal', 'role');
  for (const row of rows) {
    members.get(row.workspace_id)?.push({
      principal: row.principal,
      role: row.role,
    });
  }
  return members;
}

/** Workspaces by name, with their members (undefined for unknown names). */
export async function loadWorkspaceResources(
  knex: Knex,
  names: string[],
): Promise<(WorkspaceResource | undefined)[]> {
  const rows = names.length
    ? (await selectWorkspaces(knex).whereIn('w.name', names)).map(
        toWorkspaceRow,
      )
    : [];
  const members = await loadMemberRows(
    knex,
    rows.map(row => row.id),
  );
  return names.map(name => {
    const workspace = rows.find(row => row.name === name);
    return workspace && { workspace, members: members.get(workspace.id)! };
  });
}
