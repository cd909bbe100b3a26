// @ts-check
/**
 * Ingestion bookkeeping: sources declared in app-config are marked so the
 * API leaves them alone, each source remembers when its cron is next due
 * (one dispatcher task starts due syncs on whichever replica runs it), and
 * a running sync keeps a heartbeat; at most one run per source may be
 * `running` (a partial unique index), so a second sync is refused by the
 * database itself, also across replicas.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('sources', t => {
    t.boolean('config_managed').notNullable().defaultTo(false);
    t.timestamp('next_sync_at', { useTz: true });
    t.index(['next_sync_at']);
  });
  await knex.schema.alterTable('sync_runs', t => {
    t.timestamp('heartbeat_at', { useTz: true });
    t.index(['status']);
  });
  await knex.raw(
    `CREATE UNIQUE INDEX sync_runs_one_running ON sync_runs (source_id) WHERE status = 'running'`,
  );
  await knex.schema.alterTable('schema_changes', t => {
    t.index(['sync_id']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('schema_changes', t => {
    t.dropIndex(['sync_id']);
  });
  await knex.raw('DROP INDEX sync_runs_one_running');
  await knex.schema.alterTable('sync_runs', t => {
    t.dropIndex(['status']);
    t.dropColumn('heartbeat_at');
  });
  await knex.schema.alterTable('sources', t => {
    t.dropIndex(['next_sync_at']);
    t.dropColumn('next_sync_at');
    t.dropColumn('config_managed');
  });
};
