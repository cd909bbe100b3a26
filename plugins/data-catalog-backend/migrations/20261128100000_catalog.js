// @ts-check
/**
 * The data-catalog backend's own tables: sources and their syncs, the asset
 * inventory (tables keyed by entity ref, columns by ref + name), schema
 * change history, query history, the entity feed the catalog reads, and the
 * SQL lineage store.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('sources', t => {
    t.string('id', 63).primary();
    t.string('title').notNullable();
    t.text('description');
    t.string('platform', 40).notNullable();
    // Host, port, user, databases and a secret *reference*; never a secret.
    t.text('connection').notNullable();
    t.string('owner').notNullable();
    t.string('domain');
    t.string('location', 500);
    t.string('schedule', 100);
    t.boolean('enabled').notNullable().defaultTo(true);
    t.boolean('collect_queries').notNullable().defaultTo(true);
    t.string('created_by').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('sync_runs', t => {
    t.string('id', 36).primary();
    t.string('source_id', 63)
      .notNullable()
      .references('id')
      .inTable('sources')
      .onDelete('CASCADE');
    t.string('trigger', 20).notNullable();
    t.string('initiator');
    t.string('status', 20).notNullable();
    t.timestamp('started_at', { useTz: true }).notNullable();
    t.timestamp('finished_at', { useTz: true });
    t.text('steps').notNullable();
    t.text('stats');
    t.text('error');
    t.index(['source_id', 'started_at']);
  });

  // Databases, schemas, tables and views of every source, one row each.
  await knex.schema.createTable('assets', t => {
    t.string('entity_ref').primary();
    t.string('source_id', 63)
      .notNullable()
      .references('id')
      .inTable('sources')
      .onDelete('CASCADE');
    t.string('kind', 30).notNullable();
    t.string('database_name');
    t.string('schema_name');
    t.string('name').notNullable();
    t.string('qualified_name', 1000).notNullable();
    t.string('parent_ref');
    t.text('comment');
    t.bigInteger('row_estimate');
    t.bigInteger('size_bytes');
    t.timestamp('last_analyzed_at', { useTz: true });
    t.timestamp('last_modified_at', { useTz: true });
    t.string('partition_of');
    t.text('view_definition');
    t.integer('column_count').notNullable().defaultTo(0);
    // Hash of everything ingested; an unchanged hash skips the row.
    t.string('content_hash', 64).notNullable();
    t.timestamp('first_seen_at', { useTz: true }).notNullable();
    t.timestamp('last_seen_at', { useTz: true }).notNullable();
    t.timestamp('changed_at', { useTz: true }).notNullable();
    t.index(['source_id', 'kind']);
    t.index(['parent_ref']);
    t.index(['name']);
  });

  await knex.schema.createTable('columns', t => {
    t.string('entity_ref')
      .notNullable()
      .references('entity_ref')
      .inTable('assets')
      .onDelete('CASCADE');
    t.string('name').notNullable();
    t.integer('ordinal').notNullable();
    t.string('data_type', 500).notNullable();
    t.boolean('nullable').notNullable();
    t.text('default_value');
    t.text('comment');
    t.boolean('is_primary_key').notNullable().defaultTo(false);
    // { constraint, database?, schema, table, column }
    t.text('foreign_key');
    t.primary(['entity_ref', 'name']);
    t.index(['name']);
  });

  await knex.schema.createTable('column_stats', t => {
    t.string('entity_ref').notNullable();
    t.string('column_name').notNullable();
    t.float('null_ratio').notNullable();
    t.float('distinct_ratio').notNullable();
    t.text('min_value');
    t.text('max_value');
    t.text('samples').notNullable();
    t.integer('sampled_rows').notNullable();
    t.timestamp('computed_at', { useTz: true }).notNullable();
    t.primary(['entity_ref', 'column_name']);
  });

  await knex.schema.createTable('schema_changes', t => {
    t.string('id', 36).primary();
    t.string('source_id', 63).notNullable();
    t.string('sync_id', 36).notNullable();
    t.string('entity_ref').notNullable();
    t.string('column_name');
    t.string('change', 40).notNullable();
    t.string('severity', 10).notNullable();
    t.text('before');
    t.text('after');
    t.timestamp('detected_at', { useTz: true }).notNullable();
    t.index(['entity_ref', 'detected_at']);
    t.index(['source_id', 'detected_at']);
  });

  await knex.schema.createTable('queries', t => {
    t.string('source_id', 63)
      .notNullable()
      .references('id')
      .inTable('sources')
      .onDelete('CASCADE');
    t.string('query_id', 100).notNullable();
    t.string('database_name');
    t.text('text').notNullable();
    t.bigInteger('calls').notNullable();
    t.float('total_time_ms').notNullable();
    t.bigInteger('rows').notNullable();
    t.string('user_name');
    t.timestamp('last_seen_at', { useTz: true }).notNullable();
    t.primary(['source_id', 'query_id']);
  });
  await knex.schema.createTable('query_tables', t => {
    t.string('source_id', 63).notNullable();
    t.string('query_id', 100).notNullable();
    t.string('entity_ref').notNullable();
    t.primary(['source_id', 'query_id', 'entity_ref']);
    t.index(['entity_ref']);
  });

  // Append-only: what the catalog module must upsert or delete, in order.
  await knex.schema.createTable('entity_feed', t => {
    t.bigIncrements('seq').primary();
    t.string('entity_ref').notNullable();
    t.string('op', 10).notNullable();
    t.index(['entity_ref']);
  });
  await knex.schema.createTable('entity_feed_cursors', t => {
    t.string('consumer', 100).primary();
    t.bigInteger('seq').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('lineage_edges', t => {
    t.string('from_ref').notNullable();
    t.string('from_column').notNullable().defaultTo('');
    t.string('to_ref').notNullable();
    t.string('to_column').notNullable().defaultTo('');
    t.string('type', 20).notNullable();
    t.string('source', 20).notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.primary(['from_ref', 'from_column', 'to_ref', 'to_column', 'type']);
    t.index(['to_ref']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const table of [
    'lineage_edges',
    'entity_feed_cursors',
    'entity_feed',
    'query_tables',
    'queries',
    'schema_changes',
    'column_stats',
    'columns',
    'assets',
    'sync_runs',
    'sources',
  ]) {
    await knex.schema.dropTable(table);
  }
};
