import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { expectGuarded } from './__testUtils__/authExpectations';
import { onlyNamespaces } from './__testUtils__/conditions';
import {
  alice,
  governanceApps,
  grantsWithout,
  orders,
  salaries,
} from './__testUtils__/governanceTestApp';
import { ActivityInput, recordActivity } from './activity';

describeOnBothDatabases('activity feed', databases => {
  const setUp = governanceApps(databases);

  it.each(databases.eachSupportedId())(
    'lists entries newest first, paged and limited to readable tables, on %p',
    async databaseId => {
      const { app, knex, context } = await setUp(
        databaseId,
        grantsWithout('data-catalog.table.read'),
      );
      await expectGuarded(app, {
        'data-catalog.table.read': [['get', '/activity']],
      });
      context.grants['data-catalog.table.read'] = true;

      await knex.transaction(trx =>
        recordActivity(trx, {
          type: 'source',
          summary: 'Source sales registered',
          actor: 'user:default/admin',
        }),
      );
      const entries: ActivityInput[] = [
        { type: 'sync', entityRef: orders.ref, summary: 'orders synced' },
        {
          type: 'doc-edit',
          entityRef: salaries.ref,
          summary: 'salaries documented',
        },
        { type: 'tag', entityRef: orders.ref, summary: 'orders tagged' },
        {
          type: 'schema-change',
          entityRef: 'resource:sales/gone',
          summary: 'gone dropped',
        },
      ];
      for (const entry of entries) await recordActivity(knex, entry);

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
