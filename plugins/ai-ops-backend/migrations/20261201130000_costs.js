// @ts-check

const { cascadingReference } = require('./lib/columns');

/**
 * Budgets per workspace and the alerts raised when a month's cost crosses
 * one of their thresholds (once per month and threshold).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('budgets', table => {
    table
      .uuid('workspace_id')
      .primary()
      .references('id')
      .inTable('workspaces')
      .onDelete('CASCADE');
    table.double('monthly_limit').notNullable();
    table.string('currency', 3).notNullable();
    table.text('thresholds').notNullable().comment('JSON percentages');
    table.boolean('block_new_runs').notNullable().defaultTo(false);
    table.string('updated_by').notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });
  await knex.schema.createTable('budget_alerts', table => {
    cascadingReference(table, 'workspace_id', 'workspaces');
    table.string('month', 7).notNullable().comment('YYYY-MM, UTC');
    table.integer('threshold').notNullable().comment('percent');
    table.double('spent').notNullable();
    table.timestamp('raised_at', { useTz: true }).notNullable();
    table.primary(['workspace_id', 'month', 'threshold']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('budget_alerts');
  await knex.schema.dropTable('budgets');
};
