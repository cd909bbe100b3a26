// @ts-check

const { cascadingReference } = require('./lib/columns');

/**
 * Runs of pipeline versions, their tasks (one per graph node), the
 * artifacts tasks wrote, and the backend processes that drive runs.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('execution_workers', table => {
    table.string('id', 64).primary().comment('host:pid:random of a backend');
    table.timestamp('started_at', { useTz: true }).notNullable();
    table.timestamp('heartbeat_at', { useTz: true }).notNullable();
  });
  await knex.schema.createTable('runs', table => {
    table.uuid('id').primary();
    cascadingReference(table, 'workspace_id', 'workspaces');
    table.uuid('pipeline_id').notNullable();
    table.string('pipeline_name', 63).comment('as it was at the start');
    table.integer('pipeline_version').notNullable();
    table.integer('run_number').notNullable().comment('1, 2, … per pipeline');
    table.string('state', 16).notNullable();
    table.text('state_history').notNullable().comment('JSON StateChange[]');
    table.string('trigger_type', 16).notNullable();
    table.string('initiator').notNullable();
    table.uuid('schedule_id');
    table.text('params').notNullable().comment('JSON object');
    table.string('queue', 63).notNullable();
    table.integer('priority').notNullable().defaultTo(0);
    table
      .string('failure_cause', 16)
      .comment('runtime | data-validation | gate');
    table.text('error_message');
    table.uuid('rerun_of');
    table.string('worker_id', 64).comment('the backend driving it');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('started_at', { useTz: true });
    table.timestamp('finished_at', { useTz: true });
    table.double('cpu_seconds').notNullable().defaultTo(0);
    table.bigInteger('peak_memory_bytes').notNullable().defaultTo(0);
    table.double('gpu_hours').notNullable().defaultTo(0);
    table.double('cost').notNullable().defaultTo(0);
    table.unique(['pipeline_id', 'run_number']);
    // The list page: newest first, keyset on (created_at, id), per filter.
    table.index(['workspace_id', 'created_at', 'id'], 'runs_ws_created');
    table.index(['workspace_id', 'state', 'created_at', 'id'], 'runs_ws_state');
    table.index(
      ['workspace_id', 'pipeline_id', 'created_at', 'id'],
      'runs_ws_pipeline',
    );
    table.index(
      ['workspace_id', 'trigger_type', 'created_at', 'id'],
      'runs_ws_trigger',
    );
    table.index(['state', 'worker_id'], 'runs_active');
  });
  await knex.schema.createTable('tasks', table => {
    table.uuid('id').primary();
    cascadingReference(table, 'run_id', 'runs');
    table.string('node_id', 63).notNullable();
    table.string('node_type', 100).notNullable();
    table.string('label', 200);
    table.text('upstream').notNullable().comment('JSON node ids');
    table.text('downstream').notNullable().comment('JSON node ids');
    table.text('inputs').notNullable().comment('JSON input → {node, output}');
    table.text('outputs').notNullable().comment('JSON output name → URI');
    table
      .integer('blocked_by')
      .notNullable()
      .comment('upstream tasks not yet SUCCEEDED');
    table.string('state', 16).notNullable();
    table.text('state_history').notNullable();
    table.integer('attempt').notNullable().defaultTo(0);
    table.integer('max_attempts').notNullable().defaultTo(1);
    table.double('backoff_seconds').notNullable().defaultTo(10);
    table.double('backoff_multiplier').notNullable().defaultTo(2);
    table.integer('timeout_seconds');
    table.timestamp('next_attempt_at', { useTz: true });
    table.string('executor', 63).notNullable();
    table.string('executor_ref');
    table.string('worker_id', 64);
    table.string('resource_profile', 63).notNullable();
    table.string('queue', 63).notNullable();
    table.string('image').notNullable();
    table.text('command').notNullable().comment('JSON argv');
    table.text('env').notNullable().comment('JSON');
    table.timestamp('started_at', { useTz: true });
    table.timestamp('finished_at', { useTz: true });
    table.integer('exit_code');
    table.string('error_code', 32);
    table.text('error_message');
    table.string('failure_cause', 16);
    table.text('log_uri');
    table.double('cpu_seconds').notNullable().defaultTo(0);
    table.bigInteger('peak_memory_bytes').notNullable().defaultTo(0);
    table.double('gpu_hours').notNullable().defaultTo(0);
    table.double('cost').notNullable().defaultTo(0);
    table.unique(['run_id', 'node_id']);
    table.index(['state', 'queue'], 'tasks_state_queue');
  });
  await knex.schema.createTable('artifacts', table => {
    table.uuid('id').primary();
    cascadingReference(table, 'run_id', 'runs');
    table.uuid('task_id');
    table.string('node_id', 63);
    table.string('name').notNullable();
    table.text('uri').notNullable();
    table.bigInteger('size').notNullable();
    table.string('media_type', 100);
    table.text('metadata').notNullable().comment('JSON');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(['run_id']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('artifacts');
  await knex.schema.dropTable('tasks');
  await knex.schema.dropTable('runs');
  await knex.schema.dropTable('execution_workers');
};
