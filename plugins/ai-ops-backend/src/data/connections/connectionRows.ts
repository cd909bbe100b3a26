import {
  Connection,
  ConnectionStatus,
  ConnectionType,
} from '@internal/plugin-ai-ops-common';
import {
  optionalText,
  parseJsonColumn,
  toIso,
  toIsoOrUndefined,
} from '../../database/dbValues';

/** A `connections` row in the API's form; it has no secret to leave out. */
export function toConnection(
  row: Record<string, unknown>,
  workspace: string,
): Connection {
  return {
    id: String(row.id),
    workspace,
    name: String(row.name),
    title: String(row.title),
    description: optionalText(row.description),
    type: row.type as ConnectionType,
    config: parseJsonColumn(row.config, {}),
    secretRef: optionalText(row.secret_ref),
    owner: String(row.owner),
    status: row.status as ConnectionStatus,
    statusMessage: optionalText(row.status_message),
    lastTestedAt: toIsoOrUndefined(row.last_tested_at),
    createdBy: String(row.created_by),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}
