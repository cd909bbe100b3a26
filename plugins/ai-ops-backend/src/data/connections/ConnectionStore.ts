import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  Connection,
  ConnectionTestResult,
  CreateConnectionRequest,
  UpdateConnectionRequest,
} from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { idOrNameColumn } from '../../database/idOrName';
import { insertUnique } from '../../database/insertUnique';
import { WorkspaceRow } from '../../tenancy/workspaceRows';
import { toConnection } from './connectionRows';

export type NewConnection = Omit<CreateConnectionRequest, 'owner'> & {
  owner: string;
};

/** A workspace's connections: settings, secret names and test status. */
export class ConnectionStore {
  constructor(private readonly knex: Knex) {}

  async list(workspace: WorkspaceRow): Promise<Connection[]> {
    const rows = await this.knex('connections')
      .where('workspace_id', workspace.id)
      .orderBy('name');
    return rows.map(row => toConnection(row, workspace.name));
  }

  async get(
    workspace: WorkspaceRow,
    idOrName: string,
  ): Promise<Connection | undefined> {
    const row = await this.knex('connections')
      .where('workspace_id', workspace.id)
      .where(idOrNameColumn(idOrName), idOrName)
      .first();
    return row && toConnection(row, workspace.name);
  }

  /** The connection, or a 404 naming it. */
  async require(
    workspace: WorkspaceRow,
    idOrName: string,
  ): Promise<Connection> {
    const connection = await this.get(workspace, idOrName);
    if (!connection) {
      throw new NotFoundError(
        `No connection '${idOrName}' in workspace '${workspace.name}'`,
      );
    }
    return connection;
  }

  async create(
    workspace: WorkspaceRow,
    input: NewConnection,
    actor: string,
  ): Promise<Connection> {
    const now = new Date();
    const id = randomUUID();
    await insertUnique(
      this.knex,
      'connections',
      {
        id,
        workspace_id: workspace.id,
        name: input.name,
        title: input.title ?? input.name,
        description: input.description ?? null,
        type: input.type,
        config: JSON.stringify(input.config),
        secret_ref: input.secretRef ?? null,
        status: 'untested',
        owner: input.owner,
        created_by: actor,
        created_at: now,
        updated_at: now,
      },
      `A connection named '${input.name}' already exists in workspace '${workspace.name}'`,
    );
    return (await this.get(workspace, id))!;
  }

  /** Applies a checked patch; a changed config or secret needs a new test. */
  async update(
    workspace: WorkspaceRow,
    connection: Connection,
    patch: Omit<UpdateConnectionRequest, 'config'> & {
      config?: Connection['config'];
    },
  ): Promise<Connection> {
    const reachChanged =
      patch.config !== undefined || patch.secretRef !== undefined;
    await this.knex('connections')
      .where('id', connection.id)
      .update({
        ...(patch.title !== undefined && { title: patch.title }),
        ...(patch.description !== undefined && {
          description: patch.description,
        }),
        ...(patch.owner !== undefined && { owner: patch.owner }),
        ...(patch.secretRef !== undefined && { secret_ref: patch.secretRef }),
        ...(patch.config !== undefined && {
          config: JSON.stringify(patch.config),
        }),
        ...(reachChanged && {
          status: 'untested',
          status_message: null,
          last_tested_at: null,
        }),
        updated_at: new Date(),
      });
    return (await this.get(workspace, connection.id))!;
  }

  /** Refused (409) while datasets read through the connection. */
  async delete(connection: Connection): Promise<void> {
    await this.knex.transaction(async tx => {
      const users = await tx('datasets')
        .where('connection_id', connection.id)
        .orderBy('name')
        .limit(5)
        .pluck('name');
      if (users.length > 0) {
        throw new ConflictError(
          `Connection '${connection.name}' is used by datasets ${users.join(', ')}`,
        );
      }
      await tx('connections').where('id', connection.id).delete();
    });
  }

  async recordTest(
    workspace: WorkspaceRow,
    connection: Connection,
    result: ConnectionTestResult,
  ): Promise<Connection> {
    await this.knex('connections').where('id', connection.id).update({
      status: result.status,
      status_message: result.message,
      last_tested_at: new Date(result.testedAt),
    });
    return (await this.get(workspace, connection.id))!;
  }
}
