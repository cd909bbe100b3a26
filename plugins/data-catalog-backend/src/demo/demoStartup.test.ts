import {
  coreServices,
  createBackendModule,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { describeOnBothDatabases } from '@internal/testing';
import { dataCatalogPlugin } from '../plugin';
import { buildDemoWarehouse } from './__testUtils__/demoWarehouse';
import { DEMO_SOURCE_ID } from './applyDemoGovernance';

let file: string;
beforeAll(async () => {
  file = await buildDemoWarehouse();
});

/** Hands out the plugin's scheduler, to run its tasks one by one. */
function schedulerOf(found: (scheduler: SchedulerService) => void) {
  return createBackendModule({
    pluginId: 'data-catalog',
    moduleId: 'test-scheduler',
    register(env) {
      env.registerInit({
        deps: { scheduler: coreServices.scheduler },
        async init({ scheduler }) {
          found(scheduler);
        },
      });
    },
  });
}

describeOnBothDatabases('the embedded demo at start-up', databases => {
  it.each(databases.eachSupportedId())(
    'syncs the demo warehouse, then documents it through the plugin, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      let scheduler: SchedulerService | undefined;
      const backend = await startTestBackend({
        features: [
          dataCatalogPlugin,
          schedulerOf(s => {
            scheduler = s;
          }),
          mockServices.database.factory({ knex }),
          mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
          mockServices.rootConfig.factory({
            data: { dataCatalog: { demo: { databaseFile: file } } },
          }),
        ],
      });
      try {
        await scheduler!.triggerTask('data-catalog-demo-content');
        expect(await knex('demo_content')).toEqual([]);

        // The dispatcher starts the sync in the background.
        await scheduler!.triggerTask('data-catalog-sync-dispatcher');
        const finished = async () =>
          knex('sync_runs')
            .where('source_id', DEMO_SOURCE_ID)
            .whereNot('status', 'running')
            .first('status');
        for (let i = 0; i < 100 && !(await finished()); i++) {
          await new Promise(resolve => setTimeout(resolve, 100));
        }
        expect(await finished()).toEqual({ status: 'succeeded' });

        await scheduler!.triggerTask('data-catalog-demo-content');
        expect(await knex('demo_content').pluck('source_id')).toEqual([
          DEMO_SOURCE_ID,
        ]);
        const response = await fetch(
          `http://localhost:${backend.server.port()}/api/data-catalog/glossary/terms?status=approved`,
          { headers: { Authorization: mockCredentials.user.header() } },
        );
        expect(response.status).toBe(200);
        const { items } = await response.json();
        expect(items.map((t: { name: string }) => t.name)).toContain(
          'Customer',
        );
      } finally {
        await backend.stop();
      }
    },
  );
});
