// @ts-check
/**
 * The embedded demo's content (documentation, tags, glossary, discussions)
 * is applied once per source: this row says it was, so what people change
 * afterwards is never overwritten on a restart. Written in the transaction
 * that applies the content.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('demo_content', t => {
    t.string('source_id').primary();
    t.timestamp('applied_at', { useTz: true }).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('demo_content');
};
