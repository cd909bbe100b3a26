import { TestDatabaseId } from '@backstage/backend-test-utils';
import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { asUser, TestGrants } from '../__testUtils__/testContext';
import { createAssetsTestApp } from './__testUtils__/assetsTestApp';
import { seedCustomers } from './__testUtils__/customersFixture';

const READ = 'data-catalog.table.read';
const PATH = '/tables/crm/shop.public.customers';

describeOnBothDatabases('table history and views', databases => {
  async function setUp(
    databaseId: TestDatabaseId,
    grants: TestGrants = { [READ]: true },
  ) {
    const { context, app, seeded } = await createAssetsTestApp(
      databases,
      databaseId,
      grants,
      c => seedCustomers(c.knex),
    );
    return { knex: context.knex, ref: seeded, app };
  }

  it.each(databases.eachSupportedId())(
    'pages the queries naming the table, most called first, %p',
    async databaseId => {
      const { app } = await setUp(databaseId);
      const first = await request(app)
        .get(`${PATH}/queries?limit=2`)
        .set(asUser());
      expect(first.status).toBe(200);
      expect(first.body.totalCount).toBe(3);
      expect(first.body.items.map((q: any) => [q.queryId, q.calls])).toEqual([
        ['q2', 50],
        ['q3', 7],
      ]);
      expect(first.body.items[0]).toMatchObject({
        sourceId: 'crm',
        totalTimeMs: 100,
        meanTimeMs: 2,
        rows: 50,
        user: 'app',
        lastSeenAt: '2026-11-20T10:00:00.000Z',
      });
      const next = await request(app)
        .get(`${PATH}/queries?limit=2&cursor=${first.body.nextCursor}`)
        .set(asUser());
      expect(next.body.items.map((q: any) => q.queryId)).toEqual(['q1']);
      expect(next.body.nextCursor).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'pages schema changes newest first, %p',
    async databaseId => {
      const { knex, ref, app } = await setUp(databaseId);
      const change = (
        id: string,
        day: number,
        kind: string,
        severity: string,
      ) => ({
        id,
        source_id: 'crm',
        sync_id: 'sync-1',
        entity_ref: ref,
        column_name: kind === 'comment-changed' ? null : 'email',
        change: kind,
        severity,
        before: 'text',
        after: kind === 'column-removed' ? null : 'varchar',
        detected_at: new Date(Date.UTC(2026, 10, day)),
      });
      await knex('schema_changes').insert([
        change('c1', 1, 'column-type-changed', 'warning'),
        change('c2', 3, 'column-removed', 'breaking'),
        change('c3', 2, 'comment-changed', 'info'),
      ]);
      const res = await request(app)
        .get(`${PATH}/changes?limit=2`)
        .set(asUser());
      expect(res.body.totalCount).toBe(3);
      expect(res.body.items).toEqual([
        {
          id: 'c2',
          sourceId: 'crm',
          syncId: 'sync-1',
          entityRef: ref,
          column: 'email',
          change: 'column-removed',
          severity: 'breaking',
          before: 'text',
          detectedAt: '2026-11-03T00:00:00.000Z',
        },
        expect.objectContaining({ id: 'c3', change: 'comment-changed' }),
      ]);
      expect(res.body.items[1]).not.toHaveProperty('column');
      const bad = await request(app)
        .get(`${PATH}/changes?limit=0`)
        .set(asUser());
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/limit/);
    },
  );

  it.each(databases.eachSupportedId())(
    'counts portal views per day, %p',
    async databaseId => {
      const { app } = await setUp(databaseId);
      for (let i = 0; i < 2; i++) {
        expect(
          (await request(app).post(`${PATH}/views`).set(asUser())).status,
        ).toBe(204);
      }
      const detail = await request(app).get(PATH).set(asUser());
      expect(detail.body.views30d).toBe(5);
      expect(
        (await request(app).post('/tables/crm/nope/views').set(asUser()))
          .status,
      ).toBe(404);
    },
  );

  it.each(databases.eachSupportedId())(
    'answers 401, 403 and 404, %p',
    async databaseId => {
      const { app } = await setUp(databaseId);
      expect((await request(app).get(`${PATH}/queries`)).status).toBe(401);
      expect(
        (await request(app).get('/tables/crm/nope/changes').set(asUser()))
          .status,
      ).toBe(404);
      const { app: denied } = await setUp(databaseId, {});
      for (const path of [`${PATH}/queries`, `${PATH}/changes`]) {
        expect((await request(denied).get(path).set(asUser())).status).toBe(
          403,
        );
      }
      expect(
        (await request(denied).post(`${PATH}/views`).set(asUser())).status,
      ).toBe(403);
    },
  );
});
