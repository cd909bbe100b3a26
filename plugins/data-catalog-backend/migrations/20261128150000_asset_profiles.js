// @ts-check
/**
 * What the inventory's read API and the profiling job need besides the
 * first two migrations: an index for the name-sorted table list filtered by
 * kind, and one row per profiled table recording the last attempt, so the
 * scheduled profiling picks the least recently profiled tables first and a
 * table whose sampling keeps failing does not stay first in the queue.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('assets', t => {
    t.index(['kind', 'name', 'entity_ref'], 'assets_kind_name_ref_idx');
  });
  await knex.schema.createTable('asset_profiles', t => {
    t.string('entity_ref').primary();
    t.timestamp('profiled_at', { useTz: true }).notNullable();
    t.integer('sampled_rows');
    t.text('error');
    t.index(['profiled_at']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('asset_profiles');
  await knex.schema.alterTable('assets', t => {
    t.dropIndex(['kind', 'name', 'entity_ref'], 'assets_kind_name_ref_idx');
  });
};
