import { TestDatabaseId } from '@backstage/backend-test-utils';
import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { asUser, TestGrants } from '../__testUtils__/testContext';
import { createAssetsTestApp } from './__testUtils__/assetsTestApp';
import { seedCustomers } from './__testUtils__/customersFixture';

const READ = 'data-catalog.table.read';
const PATH = '/tables/crm/shop.public.customers';

describeOnBothDatabases('GET /tables/:namespace/:name', databases => {
  async function setUp(databaseId: TestDatabaseId, grants: TestGrants) {
    const { app, seeded } = await createAssetsTestApp(
      databases,
      databaseId,
      grants,
      context => seedCustomers(context.knex),
    );
    return { ref: seeded, app };
  }

  it.each(databases.eachSupportedId())(
    'shows columns, docs, tags, terms, trust, and masks PII without pii.read, %p',
    async databaseId => {
      const { ref, app } = await setUp(databaseId, { [READ]: true });
      const res = await request(app)
        .get(PATH)
        .set(asUser('user:default/alice'));
      expect(res.status).toBe(200);
      const detail = res.body;
      expect(detail).toMatchObject({
        entityRef: ref,
        name: 'customers',
        description: 'Customers of the shop',
        owner: 'group:default/sales',
        partOf: 'resource:crm/shop.public',
        lastAnalyzedAt: '2026-11-20T10:00:00.000Z',
        doc: {
          description: 'Customers of the shop',
          updatedBy: 'user:default/editor',
        },
        tags: [expect.objectContaining({ name: 'gold' })],
        glossaryTerms: [{ id: 'term-customer', name: 'Customer' }],
        access: { update: false, piiRead: false },
        trust: {
          lastUpdatedAt: '2026-11-20T10:00:00.000Z',
          usage: { queryCount: 3, views30d: 3, favorites: 2 },
          favorite: true,
        },
      });
      expect(detail.trust.quality.checks.map((c: any) => c.check)).toEqual([
        'docs-coverage',
        'freshness',
        'null-ratio',
        'schema-stability',
        'uniqueness',
      ]);
      expect(detail.trust.quality.score).toEqual(expect.any(Number));
      const [id, email, account] = detail.columns;
      expect(id).toMatchObject({
        name: 'id',
        isPrimaryKey: true,
        nullable: false,
        stats: { min: '1', max: '9', samples: ['1', '9'], masked: false },
      });
      expect(email).toMatchObject({
        comment: 'Contact',
        doc: { description: 'Primary e-mail' },
        tags: [{ name: 'pii-email', category: 'privacy', piiLevel: 'high' }],
        glossaryTerms: [{ id: 'term-email', name: 'Email address' }],
        stats: {
          min: '***',
          max: '***',
          samples: ['a***@e***.com', 'b***@e***.org'],
          masked: true,
        },
      });
      expect(account.foreignKey).toEqual({
        constraint: 'fk_account',
        schema: 'public',
        table: 'accounts',
        column: 'id',
      });
      expect(account).not.toHaveProperty('stats');

      const bob = await request(app)
        .get(PATH)
        .set(asUser('user:default/carol'));
      expect(bob.body.trust.favorite).toBe(false);
    },
  );

  it.each(databases.eachSupportedId())(
    'shows PII unmasked to a caller with pii.read, %p',
    async databaseId => {
      const { app } = await setUp(databaseId, {
        [READ]: true,
        'data-catalog.pii.read': true,
        'data-catalog.table.update': true,
      });
      const res = await request(app).get(PATH).set(asUser());
      expect(res.body.access).toEqual({ update: true, piiRead: true });
      expect(res.body.columns[1].stats).toMatchObject({
        min: 'ada@example.com',
        samples: ['ada@example.com', 'bob@example.org'],
        masked: false,
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'answers 401, 403 and 404, %p',
    async databaseId => {
      const { app } = await setUp(databaseId, { [READ]: true });
      expect((await request(app).get(PATH)).status).toBe(401);
      expect(
        (await request(app).get('/tables/crm/nope').set(asUser())).status,
      ).toBe(404);
      const { app: denied } = await setUp(databaseId, {});
      expect((await request(denied).get(PATH).set(asUser())).status).toBe(403);
    },
  );
});
