// @ts-check

const { cascadingReference, changeStamps } = require('./lib/columns');

/**
 * Organisations, their workspaces and members, and each user's current
 * workspace. Everything else in AI-Ops belongs to a workspace.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('organizations', table => {
    table.uuid('id').primary();
    table.string('name', 63).notNullable().unique().comment('URL-safe slug');
    table.string('title').notNullable();
    table.text('description');
    changeStamps(table);
    table.timestamp('archived_at', { useTz: true });
  });
  await knex.schema.createTable('workspaces', table => {
    table.uuid('id').primary();
    cascadingReference(table, 'organization_id', 'organizations');
    table
      .string('name', 63)
      .notNullable()
      .unique()
      .comment('URL-safe slug, unique across organisations: the API path');
    table.string('title').notNullable();
    table.text('description');
    table.string('owner').notNullable().comment('entity ref');
    changeStamps(table);
    table.timestamp('archived_at', { useTz: true });
    table.index(['organization_id']);
  });
  await knex.schema.createTable('workspace_members', table => {
    cascadingReference(table, 'workspace_id', 'workspaces');
    table
      .string('principal')
      .notNullable()
      .comment('user or group entity ref, lower case');
    table.string('role', 16).notNullable().comment('viewer | editor | admin');
    table.string('added_by').notNullable();
    table.timestamp('added_at', { useTz: true }).notNullable();
    table.primary(['workspace_id', 'principal']);
    table.index(['principal']);
  });
  await knex.schema.createTable('current_workspaces', table => {
    table.string('user_ref').primary();
    cascadingReference(table, 'workspace_id', 'workspaces');
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('current_workspaces');
  await knex.schema.dropTable('workspace_members');
  await knex.schema.dropTable('workspaces');
  await knex.schema.dropTable('organizations');
};
