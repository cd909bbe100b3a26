import {
  PutSecretRequest,
  SecretAccess,
  WorkspaceSecret,
} from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { optionalText, toIso } from '../database/dbValues';
import { WorkspaceRow } from '../tenancy/workspaceRows';
import { EncryptedValue, SecretCipher } from './SecretCipher';

type Row = Record<string, any>;

/** What a secret's value is bound to: it decrypts only under this name. */
export const secretContext = (workspace: WorkspaceRow, name: string) =>
  `${workspace.id}/${name}`;

function toWorkspaceSecret(row: Row): WorkspaceSecret {
  return {
    name: row.name,
    description: optionalText(row.description),
    createdBy: row.created_by,
    createdAt: toIso(row.created_at),
    updatedBy: row.updated_by,
    updatedAt: toIso(row.updated_at),
  };
}

/** `workspace_secrets` (encrypted values) and `secret_accesses`. */
export class SecretStore {
  constructor(private readonly knex: Knex) {}

  /** Names and who changed them when; never values. */
  async list(workspace: WorkspaceRow): Promise<WorkspaceSecret[]> {
    const rows = await this.knex('workspace_secrets')
      .where({ workspace_id: workspace.id })
      .orderBy('name');
    return rows.map(toWorkspaceSecret);
  }

  async get(
    workspace: WorkspaceRow,
    name: string,
  ): Promise<WorkspaceSecret | undefined> {
    const row = await this.row(this.knex, workspace, name);
    return row && toWorkspaceSecret(row);
  }

  /** The encrypted value, for SecretVault to decrypt and record. */
  async encrypted(
    workspace: WorkspaceRow,
    name: string,
  ): Promise<EncryptedValue | undefined> {
    const row = await this.row(this.knex, workspace, name);
    return row && { keyId: row.key_id, ciphertext: row.ciphertext };
  }

  /** Creates or replaces a secret's value (encrypted with the current key). */
  async put(
    workspace: WorkspaceRow,
    name: string,
    input: PutSecretRequest,
    actor: string,
    cipher: SecretCipher,
  ): Promise<{ created: boolean; secret: WorkspaceSecret }> {
    return this.knex.transaction(async trx => {
      const existing = await this.row(trx, workspace, name);
      const now = new Date();
      const { keyId, ciphertext } = cipher.encrypt(
        input.value,
        secretContext(workspace, name),
      );
      const values = {
        key_id: keyId,
        ciphertext,
        updated_by: actor,
        updated_at: now,
        ...(input.description !== undefined && {
          description: input.description || null,
        }),
      };
      // An upsert: two first writes at once both land, the last one wins.
      await trx('workspace_secrets')
        .insert({
          workspace_id: workspace.id,
          name,
          created_by: actor,
          created_at: now,
          description: null,
          ...values,
        })
        .onConflict(['workspace_id', 'name'])
        .merge(values);
      const row = await this.row(trx, workspace, name);
      return { created: !existing, secret: toWorkspaceSecret(row) };
    });
  }

  async delete(workspace: WorkspaceRow, name: string): Promise<void> {
    await this.knex('workspace_secrets')
      .where({ workspace_id: workspace.id, name })
      .delete();
  }

  async recordAccess(
    workspace: WorkspaceRow,
    access: { secret: string; actor: string; purpose: string },
  ): Promise<void> {
    await this.knex('secret_accesses').insert({
      id: randomUUID(),
      workspace_id: workspace.id,
      secret_name: access.secret,
      actor: access.actor,
      purpose: access.purpose.slice(0, 500),
      accessed_at: new Date(),
    });
  }

  /** Reads of one secret's value, newest first. */
  async accessLog(
    workspace: WorkspaceRow,
    name: string,
    limit: number,
  ): Promise<SecretAccess[]> {
    const rows = await this.knex('secret_accesses')
      .where({ workspace_id: workspace.id, secret_name: name })
      .orderBy([
        { column: 'accessed_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit);
    return rows.map(row => ({
      id: row.id,
      secret: row.secret_name,
      actor: row.actor,
      purpose: row.purpose,
      at: toIso(row.accessed_at),
    }));
  }

  private row(knex: Knex, workspace: WorkspaceRow, name: string) {
    return knex('workspace_secrets')
      .where({ workspace_id: workspace.id, name })
      .first();
  }
}
