// @ts-check

/**
 * The audit log: PDP decisions and admin changes (ours and other plugins'
 * auditor events) in one table, newest first, and its retention setting.
 *
 * Time is epoch milliseconds (bigint) so that period filters and trend
 * buckets are plain integer arithmetic on both SQLite and PostgreSQL.
 * Ids are uuids stored as text, like the PAP tables, so that a malformed id
 * in a URL is simply not found.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('authz_audit_entries', table => {
    table.comment('Decisions of the PDP and changes made through the portal');
    table.string('id', 36).primary();
    table.enu('kind', ['decision', 'change']).notNullable();
    table.bigInteger('time_ms').notNullable();
    table
      .string('principal', 255)
      .notNullable()
      .comment('Or the actor of a change');
    table
      .string('permission', 255)
      .notNullable()
      .comment('Or the action of a change');
    table.string('resource_type', 255).nullable().comment('Or the target kind');
    table.text('resource_ref').nullable().comment('Or the target ref');
    table
      .string('result', 16)
      .notNullable()
      .comment('ALLOW, DENY, CONDITIONAL; succeeded or failed for changes');
    table.text('reasons').nullable().comment('JSON DecisionReason[]');
    table.text('summary').nullable();
    table.bigInteger('revision').nullable();
    table.double('latency_ms').nullable();
    table.string('engine', 16).nullable();
    table.text('before').nullable().comment('JSON');
    table.text('after').nullable().comment('JSON');
    table.string('plugin_id', 255).nullable();
    table.index(['time_ms'], 'authz_audit_entries_time_idx');
    table.index(['kind', 'time_ms'], 'authz_audit_entries_kind_time_idx');
    table.index(['principal', 'time_ms'], 'authz_audit_entries_principal_idx');
    table.index(['result', 'time_ms'], 'authz_audit_entries_result_idx');
    table.index(['permission'], 'authz_audit_entries_permission_idx');
  });

  await knex.schema.createTable('authz_audit_settings', table => {
    table.comment('One row (id 1), seeded from authz.audit.retentionDays');
    table.integer('id').primary();
    table.integer('retention_days').notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('authz_audit_settings');
  await knex.schema.dropTable('authz_audit_entries');
};
