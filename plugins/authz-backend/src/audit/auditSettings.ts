import { AuditSettings } from '@internal/plugin-authz-common';
import { Knex } from 'knex';

const settingsTable = 'authz_audit_settings';
const settingsRowId = 1;

/** Used until `authz.audit.retentionDays` or an admin says otherwise. */
export const defaultRetentionDays = 90;

export async function readAuditSettings(
  db: Knex | Knex.Transaction,
): Promise<AuditSettings> {
  const row = await db(settingsTable)
    .where('id', settingsRowId)
    .first('retention_days');
  return { retentionDays: Number(row?.retention_days ?? defaultRetentionDays) };
}

export async function writeAuditSettings(
  trx: Knex.Transaction,
  settings: AuditSettings,
): Promise<void> {
  await trx(settingsTable)
    .insert({ id: settingsRowId, retention_days: settings.retentionDays })
    .onConflict('id')
    .merge();
}

/** Seeds the row once; a value an admin saved later is left alone. */
export async function seedAuditSettings(
  knex: Knex,
  settings: AuditSettings,
): Promise<void> {
  await knex(settingsTable)
    .insert({ id: settingsRowId, retention_days: settings.retentionDays })
    .onConflict('id')
    .ignore();
}
