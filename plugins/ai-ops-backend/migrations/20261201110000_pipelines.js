// @ts-check

const { cascadingReference, changeStamps } = require('./lib/columns');

/**
 * Pipelines of a workspace and their versions: each version is an
 * immutable graph snapshot with its author, message and what changed.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('pipelines', table => {
    table.uuid('id').primary();
    cascadingReference(table, 'workspace_id', 'workspaces');
    table.string('name', 63).notNullable().comment('URL-safe slug');
    table.string('title').notNullable();
    table.text('description');
    table.string('domain', 32).notNullable();
    table.text('tags').notNullable().comment('JSON array of strings');
    table.string('owner').notNullable().comment('entity ref');
    table.integer('current_version').notNullable();
    changeStamps(table);
    table
      .timestamp('deleted_at', { useTz: true })
      .comment('soft delete: runs keep pointing at the pipeline');
    table.index(['workspace_id', 'updated_at']);
  });
  // A deleted pipeline's name may be used again.
  await knex.schema.alterTable('pipelines', table => {
    table.unique(['workspace_id', 'name'], {
      indexName: 'pipelines_workspace_name_live',
      predicate: knex.whereNull('deleted_at'),
    });
  });
  await knex.schema.createTable('pipeline_versions', table => {
    cascadingReference(table, 'pipeline_id', 'pipelines');
    table.integer('version').notNullable();
    table.text('graph_json').notNullable();
    table
      .text('changes_json')
      .notNullable()
      .comment(
        'nodes and edges added, removed, changed since the version before',
      );
    table.string('author').notNullable();
    table.string('message', 500).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.primary(['pipeline_id', 'version']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('pipeline_versions');
  await knex.schema.dropTable('pipelines');
};
