// @ts-check

/**
 * Lineage of runs: the dataset a `data.load` task read (resolved when the
 * run started) or a `data.publish` task writes, and when the run's lineage
 * was recorded (claimed first, so one backend records it, once).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('tasks', table => {
    table.uuid('dataset_id').comment('data.load reads / data.publish writes');
    table.integer('dataset_version').comment('the version data.load reads');
    table.index(['dataset_id', 'dataset_version'], 'tasks_dataset');
  });
  await knex.schema.alterTable('runs', table => {
    table
      .timestamp('lineage_claimed_at', { useTz: true })
      .comment('a backend recording the lineage since');
    table
      .timestamp('lineage_recorded_at', { useTz: true })
      .comment('inputs and outputs are in the lineage graph');
    table.index(['lineage_recorded_at', 'state'], 'runs_lineage_pending');
  });
  // Runs that ended before read and wrote no dataset: nothing to record.
  await knex('runs')
    .whereIn('state', ['SUCCEEDED', 'FAILED', 'SKIPPED', 'CANCELED'])
    .update({ lineage_recorded_at: knex.fn.now() });
  await knex.schema.alterTable('dataset_versions', table => {
    table.index(['source_run_id'], 'dataset_versions_source_run');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('dataset_versions', table => {
    table.dropIndex(['source_run_id'], 'dataset_versions_source_run');
  });
  await knex.schema.alterTable('runs', table => {
    table.dropIndex(['lineage_recorded_at', 'state'], 'runs_lineage_pending');
    table.dropColumn('lineage_recorded_at');
    table.dropColumn('lineage_claimed_at');
  });
  await knex.schema.alterTable('tasks', table => {
    table.dropIndex(['dataset_id', 'dataset_version'], 'tasks_dataset');
    table.dropColumn('dataset_version');
    table.dropColumn('dataset_id');
  });
};
