import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import catalogBackend from '@backstage/plugin-catalog-backend';
import { eventsServiceRef } from '@backstage/plugin-events-node';
// The module's real counterpart: the test runs both plugins end to end.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import dataCatalogBackend from '@internal/plugin-data-catalog-backend';
import { describeOnBothDatabases, requireServiceEnv } from '@internal/testing';
import request from 'supertest';
import { catalogModuleDataCatalog } from './module';

const user = { Authorization: mockCredentials.user.header() };

/** Each plugin its own fresh database, as in production. */
function databasesPerPlugin(databases: TestDatabases, id: TestDatabaseId) {
  const clients = new Map<string, ReturnType<TestDatabases['init']>>();
  return createServiceFactory({
    service: coreServices.database,
    deps: { pluginMetadata: coreServices.pluginMetadata },
    factory: ({ pluginMetadata }) => ({
      getClient: () => {
        const pluginId = pluginMetadata.getId();
        if (!clients.has(pluginId)) clients.set(pluginId, databases.init(id));
        return clients.get(pluginId)!;
      },
    }),
  });
}

/** One events bus for both plugins, like the events backend gives. */
function sharedEvents() {
  const events = mockServices.events();
  return createServiceFactory({
    service: eventsServiceRef,
    deps: {},
    factory: () => events,
  });
}

async function eventually<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 150; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  throw new Error('timed out');
}

describeOnBothDatabases('catalog module data-catalog', databases => {
  jest.setTimeout(120_000);

  it.each(databases.eachSupportedId())(
    'puts synced tables into the catalog with partOf relations and removes dropped ones, %p',
    async databaseId => {
      const source = await databases.init('POSTGRES_15');
      await source.raw('CREATE TABLE public.orders (id int PRIMARY KEY)');
      await source.raw('CREATE TABLE public.scratch (x int)');
      const db = (source.client.config.connection as { database: string })
        .database;

      const { server } = await startTestBackend({
        features: [
          catalogBackend,
          dataCatalogBackend,
          catalogModuleDataCatalog,
          databasesPerPlugin(databases, databaseId),
          sharedEvents(),
          mockServices.rootConfig.factory({
            data: {
              catalog: {
                rules: [{ allow: ['Resource', 'Location', 'Component'] }],
              },
            },
          }),
        ],
      });
      const api = request(server);
      const created = await api
        .post('/api/data-catalog/sources')
        .set(user)
        .send({
          id: 'wh',
          title: 'Warehouse',
          platform: 'postgresql',
          owner: 'group:default/data',
          connection: {
            host: requireServiceEnv('postgres', 'PGHOST'),
            port: Number(requireServiceEnv('postgres', 'PGPORT')),
            user: requireServiceEnv('postgres', 'PGUSER'),
            passwordRef: 'env:PGPASSWORD',
            databases: [db],
          },
        });
      expect(created.status).toBe(201);

      const sync = async () => {
        const run = await api
          .post('/api/data-catalog/sources/wh/sync')
          .set(user);
        expect(run.status).toBe(202);
        return eventually(async () => {
          const { body } = await api
            .get(`/api/data-catalog/syncs/${run.body.id}`)
            .set(user);
          return body.status === 'running' ? undefined : body;
        });
      };
      const entity = (name: string) =>
        api.get(`/api/catalog/entities/by-name/resource/wh/${name}`).set(user);

      expect(await sync()).toMatchObject({
        status: 'succeeded',
        stats: { added: 4 },
      });
      const orders = await eventually(async () => {
        const { status, body } = await entity(`${db}.public.orders`);
        return status === 200 && body.relations?.length ? body : undefined;
      });
      expect(orders.spec).toMatchObject({
        type: 'data-table',
        owner: 'group:default/data',
        partOf: `resource:wh/${db}.public`,
      });
      expect(orders.relations).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            type: 'partOf',
            targetRef: `resource:wh/${db}.public`,
          }),
          expect.objectContaining({
            type: 'ownedBy',
            targetRef: 'group:default/data',
          }),
        ]),
      );
      const schema = await eventually(async () => {
        const { status, body } = await entity(`${db}.public`);
        const parts = (body.relations ?? []).filter(
          (r: { type: string }) => r.type === 'hasPart',
        );
        return status === 200 && parts.length === 2 ? body : undefined;
      });
      expect(schema.spec).toMatchObject({
        type: 'data-schema',
        partOf: `resource:wh/${db}`,
      });
      expect((await entity('wh')).body.spec).toMatchObject({
        type: 'data-source',
      });
      expect((await entity(`${db}.public.scratch`)).status).toBe(200);

      await source.raw('DROP TABLE public.scratch');
      expect(await sync()).toMatchObject({
        status: 'succeeded',
        stats: { removed: 1 },
      });
      await eventually(async () =>
        (await entity(`${db}.public.scratch`)).status === 404
          ? true
          : undefined,
      );
      expect((await entity(`${db}.public.orders`)).status).toBe(200);
      expect((await entity(db)).status).toBe(200);
    },
  );
});
