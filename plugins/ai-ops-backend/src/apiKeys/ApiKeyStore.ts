import { NotFoundError } from '@backstage/errors';
import {
  ApiKey,
  ApiKeyScope,
  CreateApiKeyRequest,
  CreatedApiKey,
} from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import {
  optionalText,
  parseJsonColumn,
  toIso,
  toIsoOrUndefined,
} from '../database/dbValues';
import { WorkspaceRow } from '../tenancy/workspaceRows';
import { generateApiKey, maskApiKey } from './apiKeyFormat';

type Row = Record<string, any>;

const DAY_MS = 24 * 60 * 60 * 1000;
/** `last_used_at` is written at most this often per key. */
const LAST_USED_THROTTLE_MS = 60 * 1000;

/** A stored key as the key authentication reads it. */
export type ApiKeyRecord = {
  id: string;
  workspaceId: string;
  scopes: ApiKeyScope[];
  secretHash: string;
  createdBy: string;
  expiresAt?: Date;
  lastUsedAt?: Date;
  revokedAt?: Date;
};

function toApiKey(row: Row, workspace: string): ApiKey {
  return {
    id: row.id,
    workspace,
    name: row.name,
    scopes: parseJsonColumn(row.scopes, []),
    masked: maskApiKey(row as { id: string; secret_end: string }),
    createdBy: row.created_by,
    createdAt: toIso(row.created_at),
    expiresAt: toIsoOrUndefined(row.expires_at),
    lastUsedAt: toIsoOrUndefined(row.last_used_at),
    revokedAt: toIsoOrUndefined(row.revoked_at),
    revokedBy: optionalText(row.revoked_by),
  };
}

const dateOrUndefined = (value: unknown) =>
  value === null || value === undefined
    ? undefined
    : new Date(value as string | number | Date);

/** `api_keys`: only the hash of a key's secret is kept. */
export class ApiKeyStore {
  constructor(private readonly knex: Knex) {}

  /** A new key; the answer is the only place its full value appears. */
  async create(
    workspace: WorkspaceRow,
    input: CreateApiKeyRequest,
    actor: string,
    now = new Date(),
  ): Promise<CreatedApiKey> {
    const generated = generateApiKey();
    const row = {
      id: generated.id,
      workspace_id: workspace.id,
      name: input.name,
      scopes: JSON.stringify([...new Set(input.scopes)]),
      secret_hash: generated.secretHash,
      secret_end: generated.secretEnd,
      created_by: actor,
      created_at: now,
      expires_at: input.expiresInDays
        ? new Date(now.getTime() + input.expiresInDays * DAY_MS)
        : null,
    };
    await this.knex('api_keys').insert(row);
    return { ...toApiKey(row, workspace.name), key: generated.key };
  }

  /** Newest first, revoked ones included (they say who revoked them). */
  async list(workspace: WorkspaceRow): Promise<ApiKey[]> {
    const rows = await this.knex('api_keys')
      .where({ workspace_id: workspace.id })
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ]);
    return rows.map(row => toApiKey(row, workspace.name));
  }

  async require(workspace: WorkspaceRow, id: string): Promise<ApiKey> {
    const row = await this.knex('api_keys')
      .where({ workspace_id: workspace.id, id })
      .first();
    if (!row) {
      throw new NotFoundError(
        `No API key ${id} in workspace '${workspace.name}'`,
      );
    }
    return toApiKey(row, workspace.name);
  }

  /** Revokes a key (a second revoke keeps the first time and actor). */
  async revoke(
    workspace: WorkspaceRow,
    id: string,
    actor: string,
  ): Promise<ApiKey> {
    return this.knex.transaction(async trx => {
      await trx('api_keys')
        .where({ workspace_id: workspace.id, id })
        .whereNull('revoked_at')
        .update({ revoked_at: new Date(), revoked_by: actor });
      return new ApiKeyStore(trx).require(workspace, id);
    });
  }

  /** The key with this id, in any workspace, for authentication. */
  async findForUse(id: string): Promise<ApiKeyRecord | undefined> {
    const row = await this.knex('api_keys').where({ id }).first();
    if (!row) return undefined;
    return {
      id: row.id,
      workspaceId: row.workspace_id,
      scopes: parseJsonColumn(row.scopes, []),
      secretHash: row.secret_hash,
      createdBy: row.created_by,
      expiresAt: dateOrUndefined(row.expires_at),
      lastUsedAt: dateOrUndefined(row.last_used_at),
      revokedAt: dateOrUndefined(row.revoked_at),
    };
  }

  /** Records a use, at most once a minute per key. */
  async touch(record: ApiKeyRecord, now = new Date()): Promise<void> {
    const since = new Date(now.getTime() - LAST_USED_THROTTLE_MS);
    if (record.lastUsedAt && record.lastUsedAt > since) return;
    await this.knex('api_keys')
      .where({ id: record.id })
      .where(q =>
        q.whereNull('last_used_at').orWhere('last_used_at', '<', since),
      )
      .update({ last_used_at: now });
  }
}
