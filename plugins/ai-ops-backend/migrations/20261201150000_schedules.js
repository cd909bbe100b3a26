// @ts-check

const { cascadingReference, changeStamps } = require('./lib/columns');

/**
 * Schedules (cron in an IANA time zone) and event triggers that start
 * pipelines. A fire is a row of `schedule_fires` (or `trigger_fires`):
 * its primary key makes firing idempotent across replicas and ticks.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('schedules', table => {
    table.uuid('id').primary();
    cascadingReference(table, 'workspace_id', 'workspaces');
    table.uuid('pipeline_id').notNullable();
    table.string('name', 100).notNullable();
    table.string('cron', 200).notNullable();
    table.string('timezone', 64).notNullable().comment('IANA');
    table.boolean('enabled').notNullable();
    table.string('catch_up', 8).notNullable().comment('none | latest | all');
    table.integer('max_concurrency').notNullable();
    table.text('params').notNullable().comment('JSON');
    table
      .timestamp('next_fire_at', { useTz: true })
      .comment('unset while disabled');
    table.timestamp('last_fired_at', { useTz: true });
    changeStamps(table);
    table.index(['enabled', 'next_fire_at']);
    table.index(['workspace_id', 'pipeline_id']);
  });
  await knex.schema.createTable('schedule_fires', table => {
    cascadingReference(table, 'schedule_id', 'schedules');
    table.timestamp('fire_time', { useTz: true }).notNullable();
    table
      .string('status', 16)
      .notNullable()
      .comment('started | skipped | failed');
    table.text('reason');
    table.uuid('run_id');
    table.timestamp('decided_at', { useTz: true }).notNullable();
    table.primary(['schedule_id', 'fire_time']);
  });
  await knex.schema.createTable('triggers', table => {
    table.uuid('id').primary();
    cascadingReference(table, 'workspace_id', 'workspaces');
    table.uuid('pipeline_id').notNullable();
    table
      .string('event_type', 32)
      .notNullable()
      .comment('dataset-version | drift | alert | feedback');
    table.text('filter').notNullable().comment('JSON: event fields to match');
    table.text('params').notNullable().comment('JSON');
    table.boolean('enabled').notNullable();
    changeStamps(table);
    table.index(['workspace_id', 'event_type']);
    table.index(['workspace_id', 'pipeline_id']);
  });
  await knex.schema.createTable('trigger_fires', table => {
    cascadingReference(table, 'trigger_id', 'triggers');
    table
      .string('event_key', 255)
      .notNullable()
      .comment('one event, e.g. dataset id + version');
    table.string('status', 16).notNullable().comment('started | failed');
    table.text('reason');
    table.uuid('run_id');
    table.timestamp('decided_at', { useTz: true }).notNullable();
    table.primary(['trigger_id', 'event_key']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('trigger_fires');
  await knex.schema.dropTable('triggers');
  await knex.schema.dropTable('schedule_fires');
  await knex.schema.dropTable('schedules');
};
