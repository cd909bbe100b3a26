// @ts-check
/**
 * What people add to the inventory: documentation with its history, tags
 * and categories, the glossary with its review history and links,
 * discussions, favourites, views, quality results, saved searches and the
 * activity feed. Keyed by entity ref (+ column, '' for the table itself) so
 * that a re-ingested table keeps all of it.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('asset_docs', t => {
    t.string('entity_ref').notNullable();
    t.string('column_name').notNullable().defaultTo('');
    t.text('doc').notNullable();
    t.string('owner');
    t.string('domain');
    t.string('updated_by').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.primary(['entity_ref', 'column_name']);
    t.index(['owner']);
  });
  await knex.schema.createTable('doc_history', t => {
    t.string('id', 36).primary();
    t.string('entity_ref').notNullable();
    t.string('column_name').notNullable().defaultTo('');
    t.string('field', 40).notNullable();
    t.text('before');
    t.text('after');
    t.string('actor').notNullable();
    t.timestamp('at', { useTz: true }).notNullable();
    t.index(['entity_ref', 'at']);
  });

  await knex.schema.createTable('tag_categories', t => {
    t.string('id', 36).primary();
    t.string('name', 100).notNullable().unique();
    t.text('description');
    t.boolean('exclusive').notNullable().defaultTo(false);
  });
  await knex.schema.createTable('tags', t => {
    t.string('id', 36).primary();
    t.string('category_id', 36)
      .notNullable()
      .references('id')
      .inTable('tag_categories')
      .onDelete('RESTRICT');
    t.string('name', 63).notNullable().unique();
    t.text('description');
    t.string('color', 7);
    t.string('pii_level', 10).notNullable().defaultTo('none');
    t.boolean('restricted').notNullable().defaultTo(false);
  });
  await knex.schema.createTable('asset_tags', t => {
    t.string('entity_ref').notNullable();
    t.string('column_name').notNullable().defaultTo('');
    t.string('tag_id', 36)
      .notNullable()
      .references('id')
      .inTable('tags')
      .onDelete('CASCADE');
    t.string('assigned_by').notNullable();
    t.timestamp('assigned_at', { useTz: true }).notNullable();
    t.primary(['entity_ref', 'column_name', 'tag_id']);
    t.index(['tag_id']);
  });

  await knex.schema.createTable('glossary_terms', t => {
    t.string('id', 36).primary();
    t.string('name', 200).notNullable().unique();
    t.text('definition').notNullable();
    t.text('synonyms').notNullable();
    t.string('domain');
    t.string('owner').notNullable();
    t.text('reviewers').notNullable();
    t.string('status', 20).notNullable();
    t.string('created_by').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
  });
  await knex.schema.createTable('glossary_history', t => {
    t.string('id', 36).primary();
    t.string('term_id', 36)
      .notNullable()
      .references('id')
      .inTable('glossary_terms')
      .onDelete('CASCADE');
    t.string('action', 20).notNullable();
    t.string('from_status', 20);
    t.string('to_status', 20).notNullable();
    t.string('actor').notNullable();
    t.text('comment');
    t.timestamp('at', { useTz: true }).notNullable();
  });
  await knex.schema.createTable('glossary_links', t => {
    t.string('term_id', 36)
      .notNullable()
      .references('id')
      .inTable('glossary_terms')
      .onDelete('CASCADE');
    t.string('entity_ref').notNullable();
    t.string('column_name').notNullable().defaultTo('');
    t.string('linked_by').notNullable();
    t.timestamp('linked_at', { useTz: true }).notNullable();
    t.primary(['term_id', 'entity_ref', 'column_name']);
    t.index(['entity_ref']);
  });

  await knex.schema.createTable('discussion_threads', t => {
    t.string('id', 36).primary();
    t.string('entity_ref').notNullable();
    t.string('column_name').notNullable().defaultTo('');
    t.string('title', 300).notNullable();
    t.text('body').notNullable();
    t.string('author').notNullable();
    t.boolean('resolved').notNullable().defaultTo(false);
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.index(['entity_ref', 'created_at']);
  });
  await knex.schema.createTable('discussion_replies', t => {
    t.string('id', 36).primary();
    t.string('thread_id', 36)
      .notNullable()
      .references('id')
      .inTable('discussion_threads')
      .onDelete('CASCADE');
    t.text('body').notNullable();
    t.string('author').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('favorites', t => {
    t.string('user_ref').notNullable();
    t.string('entity_ref').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.primary(['user_ref', 'entity_ref']);
    t.index(['entity_ref']);
  });
  // Portal page views per table and day, for usage and trending.
  await knex.schema.createTable('asset_views', t => {
    t.string('entity_ref').notNullable();
    t.string('day', 10).notNullable();
    t.integer('views').notNullable();
    t.primary(['entity_ref', 'day']);
    t.index(['day']);
  });

  await knex.schema.createTable('quality_results', t => {
    t.string('entity_ref').notNullable();
    t.string('check', 30).notNullable();
    t.float('score').notNullable();
    t.boolean('passed').notNullable();
    t.text('detail').notNullable();
    t.timestamp('measured_at', { useTz: true }).notNullable();
    t.primary(['entity_ref', 'check']);
  });
  // The mean of the checks above, kept per table for sorting and filtering.
  await knex.schema.createTable('quality_scores', t => {
    t.string('entity_ref').primary();
    t.float('score').notNullable();
    t.timestamp('measured_at', { useTz: true }).notNullable();
    t.index(['score']);
  });

  await knex.schema.createTable('saved_searches', t => {
    t.string('id', 36).primary();
    t.string('user_ref').notNullable();
    t.string('name', 200);
    t.string('query', 200).notNullable();
    t.text('filters').notNullable();
    t.boolean('favorite').notNullable().defaultTo(false);
    t.timestamp('last_used_at', { useTz: true }).notNullable();
    t.index(['user_ref', 'last_used_at']);
  });

  await knex.schema.createTable('activity', t => {
    t.bigIncrements('id').primary();
    t.string('type', 20).notNullable();
    t.string('entity_ref');
    t.string('actor');
    t.text('summary').notNullable();
    t.timestamp('at', { useTz: true }).notNullable();
    t.index(['at']);
    t.index(['entity_ref', 'at']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const table of [
    'activity',
    'saved_searches',
    'quality_scores',
    'quality_results',
    'asset_views',
    'favorites',
    'discussion_replies',
    'discussion_threads',
    'glossary_links',
    'glossary_history',
    'glossary_terms',
    'asset_tags',
    'tags',
    'tag_categories',
    'doc_history',
    'asset_docs',
  ]) {
    await knex.schema.dropTable(table);
  }
};
