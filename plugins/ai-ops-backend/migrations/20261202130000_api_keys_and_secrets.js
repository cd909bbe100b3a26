// @ts-check

const { cascadingReference } = require('./lib/columns');

/**
 * API keys external callers start and read runs with, workspace secrets
 * (encrypted values) and every read of a secret's value.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('api_keys', table => {
    table.string('id', 32).primary().comment('the <id> of aiops_<id>_<secret>');
    cascadingReference(table, 'workspace_id', 'workspaces');
    table.string('name', 100).notNullable();
    table.text('scopes').notNullable().comment('JSON ApiKeyScope[]');
    table.string('secret_hash', 64).notNullable().comment('hex sha256');
    table.string('secret_end', 4).notNullable().comment('shown masked');
    table.string('created_by').notNullable().comment('the key acts for them');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('expires_at', { useTz: true });
    table.timestamp('last_used_at', { useTz: true });
    table.timestamp('revoked_at', { useTz: true });
    table.string('revoked_by');
    table.index(['workspace_id', 'created_at']);
  });
  await knex.schema.alterTable('runs', table => {
    table.string('api_key_id', 32).comment('the key an api trigger used');
  });
  await knex.schema.createTable('workspace_secrets', table => {
    cascadingReference(table, 'workspace_id', 'workspaces');
    table.string('name', 100).notNullable();
    table.string('description', 500);
    table.string('key_id', 64).notNullable().comment('encryption key id');
    table.text('ciphertext').notNullable().comment('base64 iv|tag|data');
    table.string('created_by').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.string('updated_by').notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.primary(['workspace_id', 'name']);
  });
  await knex.schema.createTable('secret_accesses', table => {
    table.uuid('id').primary();
    cascadingReference(table, 'workspace_id', 'workspaces');
    table.string('secret_name', 100).notNullable();
    table.string('actor').notNullable();
    table.string('purpose', 500).notNullable();
    table.timestamp('accessed_at', { useTz: true }).notNullable();
    table.index(['workspace_id', 'secret_name', 'accessed_at']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('secret_accesses');
  await knex.schema.dropTable('workspace_secrets');
  await knex.schema.alterTable('runs', table => {
    table.dropColumn('api_key_id');
  });
  await knex.schema.dropTable('api_keys');
};
