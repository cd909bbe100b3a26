import { TestDatabaseId } from '@backstage/backend-test-utils';
import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import {
  asUser,
  createTestApp,
  createTestContext,
  TestGrants,
} from '../../__testUtils__/testContext';
import {
  insertColumns,
  insertSource,
  insertTable,
} from '../__testUtils__/assetFixtures';
import {
  sourceConnection,
  throwawayDatabaseForFile,
} from '../../__testUtils__/throwawayPostgres';
import { createAssetsRouter } from '../createAssetsRouter';

const source = throwawayDatabaseForFile(`
  CREATE TABLE orders (id int PRIMARY KEY, total numeric);
  INSERT INTO orders VALUES (1, 10.5), (2, NULL), (3, 99);
`);

describeOnBothDatabases('POST /tables/:namespace/:name/profile', databases => {
  async function setUp(databaseId: TestDatabaseId, grants: TestGrants) {
    const context = await createTestContext(databases, databaseId, grants);
    await insertSource(context.knex, {
      id: 'shop',
      owner: 'group:default/shop',
      connection: sourceConnection(source.name),
    });
    for (const name of ['orders', 'gone']) {
      const ref = await insertTable(context.knex, {
        sourceId: 'shop',
        database: source.name,
        name,
      });
      await insertColumns(context.knex, ref, [
        { name: 'id', isPrimaryKey: true, nullable: false },
        { name: 'total' },
      ]);
    }
    const app = createTestApp(await createAssetsRouter(context));
    const path = (name: string) =>
      `/tables/shop/${source.name}.public.${name}/profile`;
    return { context, app, path };
  }

  it.each(databases.eachSupportedId())(
    'samples the table now, audited, with the update permission, %p',
    async databaseId => {
      const { context, app, path } = await setUp(databaseId, {
        'data-catalog.table.update': true,
      });
      const res = await request(app).post(path('orders')).set(asUser());
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ sampledRows: 3, profiledColumns: 2 });
      expect(res.body.quality.checks).toContainEqual(
        expect.objectContaining({
          check: 'null-ratio',
          score: 66.7,
          passed: false,
        }),
      );
      expect(context.auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          eventId: 'table-profile',
          meta: { entityRef: `resource:shop/${source.name}.public.orders` },
        }),
      );
      const stats = await context
        .knex('column_stats')
        .where({ column_name: 'total' })
        .first();
      expect([stats.min_value, stats.max_value]).toEqual(['10.5', '99']);

      const failed = await request(app).post(path('gone')).set(asUser());
      expect(failed.status).toBe(500);
      const events = (context.auditor.createEvent as jest.Mock).mock.results;
      const failedEvent = await events[events.length - 1].value;
      expect(failedEvent.fail).toHaveBeenCalled();
      expect((await request(app).post(path('nope')).set(asUser())).status).toBe(
        404,
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'answers 401 and 403 before touching the source, %p',
    async databaseId => {
      const { context, app, path } = await setUp(databaseId, {
        'data-catalog.table.read': true,
      });
      expect((await request(app).post(path('orders'))).status).toBe(401);
      expect(
        (await request(app).post(path('orders')).set(asUser())).status,
      ).toBe(403);
      expect(await context.knex('column_stats')).toHaveLength(0);
    },
  );
});
