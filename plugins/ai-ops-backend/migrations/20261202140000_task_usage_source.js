// @ts-check

/**
 * Where a task's usage comes from: `measured` where it ran, or `profile`
 * when (some attempt's) figures are the resource profile × wall time.
 * Null for tasks that never reported usage, and for tasks ended before.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('tasks', table => {
    table
      .string('usage_source', 16)
      .comment("'measured', or 'profile': estimated from the resource profile");
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('tasks', table => {
    table.dropColumn('usage_source');
  });
};
