// @ts-check

const { cascadingReference, changeStamps } = require('./lib/columns');

/**
 * Data management: connections (settings and status; secrets only by the
 * name of a configured secret), datasets, their versions (what was read
 * from the data: hash, size, rows, schema, partitions) and validation
 * reports computed on a version.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('connections', table => {
    table.uuid('id').primary();
    cascadingReference(table, 'workspace_id', 'workspaces');
    table.string('name', 63).notNullable();
    table.string('title').notNullable();
    table.text('description');
    table
      .string('type', 16)
      .notNullable()
      .comment('postgres | mysql | sqlite | s3 | minio | file | http');
    table.text('config').notNullable().comment('JSON, never a secret');
    table
      .string('secret_ref', 100)
      .comment('name of a secret under aiOps.secrets, never its value');
    table.string('status', 16).notNullable().comment('untested | ok | failed');
    table.text('status_message');
    table.timestamp('last_tested_at', { useTz: true });
    table.string('owner').notNullable().comment('entity ref');
    changeStamps(table);
    table.unique(['workspace_id', 'name']);
  });
  await knex.schema.createTable('datasets', table => {
    table.uuid('id').primary();
    cascadingReference(table, 'workspace_id', 'workspaces');
    table.string('name', 63).notNullable();
    table.string('title').notNullable();
    table.text('description');
    table.string('owner').notNullable().comment('entity ref');
    table
      .uuid('connection_id')
      .references('id')
      .inTable('connections')
      .comment('where versions are read from; a used connection stays');
    table.string('format', 16).notNullable().comment('csv | jsonl');
    table.text('tags').notNullable().comment('JSON array');
    changeStamps(table);
    table.unique(['workspace_id', 'name']);
  });
  await knex.schema.createTable('dataset_versions', table => {
    cascadingReference(table, 'dataset_id', 'datasets');
    table.integer('version').notNullable();
    table.text('storage_uri').notNullable();
    table.string('hash', 80).notNullable().comment('sha256:<hex>');
    table.bigInteger('size_bytes').notNullable();
    table.bigInteger('row_count').notNullable();
    table.integer('files').notNullable();
    table
      .text('schema')
      .notNullable()
      .comment('JSON: [{ name, type, nullable }]');
    table
      .text('partitions')
      .notNullable()
      .comment('JSON: { keys, partitions: [{ path, values, ... }] }');
    table.uuid('source_run_id').comment('the run that wrote it');
    table.string('created_by').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.primary(['dataset_id', 'version']);
  });
  await knex.schema.createTable('validation_reports', table => {
    table.uuid('id').primary();
    table.uuid('dataset_id').notNullable();
    table.integer('version').notNullable();
    table
      .foreign(['dataset_id', 'version'])
      .references(['dataset_id', 'version'])
      .inTable('dataset_versions')
      .onDelete('CASCADE');
    table.integer('baseline_version');
    table.string('status', 8).notNullable().comment('pass | warn | fail');
    table.bigInteger('row_count').notNullable();
    table.bigInteger('duplicate_rows').notNullable();
    table.text('checks').notNullable().comment('JSON');
    table.text('columns').notNullable().comment('JSON: column profiles');
    table.text('thresholds').notNullable().comment('JSON');
    table.string('created_by').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(['dataset_id', 'version', 'created_at']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('validation_reports');
  await knex.schema.dropTable('dataset_versions');
  await knex.schema.dropTable('datasets');
  await knex.schema.dropTable('connections');
};
