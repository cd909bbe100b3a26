import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';

/** Table in the probe's own plugin database: one row per task run. */
export const PROBE_RUNS_TABLE = 'schedule_probe_runs';
export const PROBE_CADENCE_SECONDS = 2;

/**
 * Test fixture for the replica test: a global scheduled task that records
 * which replica ran it and when, so the test can show that the scheduler runs
 * it once per cadence across all replicas.
 */
export const scheduleProbePlugin = createBackendPlugin({
  pluginId: 'schedule-probe',
  register(env) {
    env.registerInit({
      deps: {
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        config: coreServices.rootConfig,
      },
      async init({ database, scheduler, config }) {
        const replica = config.getString('backend.baseUrl');
        const db = await database.getClient();
        if (!(await db.schema.hasTable(PROBE_RUNS_TABLE))) {
          await db.schema
            .createTable(PROBE_RUNS_TABLE, table => {
              table.increments('id');
              table.string('replica').notNullable();
              table.timestamp('started_at', { useTz: true }).notNullable();
            })
            .catch(async error => {
              // The other replica may have created it at the same moment.
              if (!(await db.schema.hasTable(PROBE_RUNS_TABLE))) throw error;
            });
        }
        await scheduler.scheduleTask({
          id: 'schedule-probe',
          frequency: { seconds: PROBE_CADENCE_SECONDS },
          timeout: { seconds: 30 },
          fn: async () => {
            await db(PROBE_RUNS_TABLE).insert({
              replica,
              started_at: new Date(),
            });
          },
        });
      },
    });
  },
});
