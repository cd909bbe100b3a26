import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import {
  expectForbidden,
  expectUnauthenticated,
} from './__testUtils__/authExpectations';
import { onlyNamespaces } from './__testUtils__/conditions';
import {
  alice,
  createGovernanceTestApp,
  grantsWithout,
  orders,
  salaries,
} from './__testUtils__/governanceTestApp';
import { recordActivity } from './activity';

describeOnBothDatabases('activity feed', databases => {
  it.each(databases.eachSupportedId())(
    'lists entries newest first, paged and limited to readable tables, on %p',
    async databaseId => {
      const { app, knex, context } = await createGovernanceTestApp(
        databases,
        databaseId,
        grantsWithout('data-catalog.table.read'),
      );
      await expectUnauthenticated(app, [['get', '/activity']]);
      await expectForbidden(app, 'data-catalog.table.read', [
        ['get', '/activity'],
      ]);
      context.grants['data-catalog.table.read'] = true;

      await knex.transaction(trx =>
        recordActivity(trx, {
          type: 'source',
          summary: 'Source sales registered',
          actor: 'user:default/admin',
        }),
      );
      await recordActivity(knex, {
        type: 'sync',
        entityRef: orders.ref,
        summary: 'orders synced',
      });
      await recordActivity(knex, {
        type: 'doc-edit',
        entityRef: salaries.ref,
        summary: 'salaries documented',
      });
      await recordActivity(knex, {
        type: 'tag',
        entityRef: orders.ref,
        summary: 'orders tagged',
      });
      await recordActivity(knex, {
        type: 'schema-change',
        entityRef: 'resource:sales/gone',
        summary: 'gone dropped',
      });

      const summaries = async (query = '') =>
        (
          await request(app).get(`/activity${query}`).set(alice).expect(200)
        ).body.map((e: any) => e.summary);
      expect(await summaries()).toEqual([
        'gone dropped',
        'orders tagged',
        'salaries documented',
        'orders synced',
        'Source sales registered',
      ]);
      const [newest] = (
        await request(app).get('/activity?limit=1').set(alice).expect(200)
      ).body;
      expect(newest).toEqual({
        id: expect.any(String),
        type: 'schema-change',
        entityRef: 'resource:sales/gone',
        summary: 'gone dropped',
        at: expect.any(String),
      });
      expect(await summaries(`?limit=2&before=${newest.id}`)).toEqual([
        'orders tagged',
        'salaries documented',
      ]);
      expect(
        await summaries(`?entityRef=${encodeURIComponent(orders.ref)}`),
      ).toEqual(['orders tagged', 'orders synced']);
      const badLimit = await request(app)
        .get('/activity?limit=0')
        .set(alice)
        .expect(400);
      expect(badLimit.body.error.message).toMatch(/limit: /);
      await request(app).get('/activity?before=x').set(alice).expect(400);

      // A conditional read shows the readable tables' entries and those
      // about no table; entries about tables gone are no longer readable.
      context.grants['data-catalog.table.read'] = onlyNamespaces('sales');
      expect(await summaries()).toEqual([
        'orders tagged',
        'orders synced',
        'Source sales registered',
      ]);
    },
  );
});
