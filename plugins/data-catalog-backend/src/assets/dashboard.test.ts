import { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import {
  asUser,
  createTestApp,
  createTestContext,
  TestGrants,
} from '../__testUtils__/testContext';
import { recordActivity } from '../governance/activity';
import {
  insertColumns,
  insertSource,
  insertTable,
} from './__testUtils__/assetFixtures';
import { seedCustomers } from './__testUtils__/customersFixture';
import { dayKey } from './assetUsage';
import { createAssetsRouter } from './createAssetsRouter';

const READ = 'data-catalog.table.read';
const inNamespace = (
  resourceType: string,
  values: string[],
): PolicyDecision => ({
  result: AuthorizeResult.CONDITIONAL,
  pluginId: 'data-catalog',
  resourceType,
  conditions: { rule: 'IN_NAMESPACE', resourceType, params: { values } },
});

describeOnBothDatabases('GET /dashboard', databases => {
  async function setUp(databaseId: TestDatabaseId, grants: TestGrants) {
    const context = await createTestContext(databases, databaseId, grants);
    const { knex } = context;
    const customers = await seedCustomers(knex);
    await insertSource(knex, { id: 'hr', owner: 'group:default/hr' });
    await knex('assets').insert({
      ...(await knex('assets').where('entity_ref', customers).first()),
      entity_ref: 'resource:hr/people',
      source_id: 'hr',
      kind: 'database',
      name: 'people',
    });
    const staff = await insertTable(knex, { sourceId: 'hr', name: 'staff' });
    await insertColumns(knex, staff, [{ name: 'id' }, { name: 'name' }]);
    const staffView = await insertTable(knex, {
      sourceId: 'hr',
      name: 'staff_view',
      kind: 'view',
      comment: 'Who works here',
    });
    await knex('asset_views').insert([
      { entity_ref: staff, day: dayKey(3), views: 10 },
      { entity_ref: staffView, day: dayKey(10), views: 40 },
    ]);
    await knex('favorites').insert({
      user_ref: 'user:default/alice',
      entity_ref: staff,
      created_at: new Date('2026-11-25T00:00:00Z'),
    });
    await recordActivity(knex, {
      type: 'doc-edit',
      entityRef: customers,
      summary: 'customers',
    });
    await recordActivity(knex, {
      type: 'tag',
      entityRef: staff,
      summary: 'staff',
    });
    await recordActivity(knex, { type: 'glossary', summary: 'no entity' });
    const app = createTestApp(await createAssetsRouter(context));
    return { app, customers, staff };
  }

  it.each(databases.eachSupportedId())(
    'sums up everything for a caller who may read it all, %p',
    async databaseId => {
      const { app, customers, staff } = await setUp(databaseId, {
        [READ]: true,
        'data-catalog.source.read': true,
      });
      const res = await request(app)
        .get('/dashboard')
        .set(asUser('user:default/alice'));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        sources: 2,
        databases: 1,
        tables: 2,
        views: 1,
        columns: 5,
        // customers (doc) and staff_view (comment) of three
        documentedPercent: 66.7,
        piiColumns: 1,
        glossaryTerms: 1,
        averageQuality: expect.any(Number),
        trending: [
          { entityRef: staff, name: 'staff', views7d: 10 },
          { entityRef: customers, name: 'customers', views7d: 3 },
        ],
      });
      expect(res.body.favorites.map((f: any) => f.name).sort()).toEqual([
        'customers',
        'staff',
      ]);
      expect(res.body.activity.map((a: any) => a.summary)).toEqual([
        'no entity',
        'staff',
        'customers',
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'counts only what conditional decisions allow, %p',
    async databaseId => {
      const { app, customers } = await setUp(databaseId, {
        [READ]: inNamespace('data-catalog-table', ['crm']),
        'data-catalog.source.read': inNamespace('data-catalog-source', ['hr']),
      });
      const res = await request(app)
        .get('/dashboard')
        .set(asUser('user:default/alice'));
      expect(res.body).toMatchObject({
        sources: 1,
        databases: 0,
        tables: 1,
        views: 0,
        columns: 3,
        documentedPercent: 100,
        piiColumns: 1,
        trending: [{ entityRef: customers, name: 'customers', views7d: 3 }],
        favorites: [{ entityRef: customers, name: 'customers' }],
      });
      expect(res.body.activity.map((a: any) => a.summary)).toEqual([
        'no entity',
        'customers',
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'counts no sources without source.read, and answers 401/403, %p',
    async databaseId => {
      const { app } = await setUp(databaseId, { [READ]: true });
      const res = await request(app).get('/dashboard').set(asUser());
      expect(res.body.sources).toBe(0);
      expect((await request(app).get('/dashboard')).status).toBe(401);
      const { app: denied } = await setUp(databaseId, {});
      expect(
        (await request(denied).get('/dashboard').set(asUser())).status,
      ).toBe(403);
    },
  );
});
