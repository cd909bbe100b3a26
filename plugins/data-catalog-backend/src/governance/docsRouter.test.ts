import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { expectGuarded } from './__testUtils__/authExpectations';
import {
  alice,
  bob,
  governanceApps,
  grantsWithout,
  missingPath,
  orders,
  rowCounts,
  schemaPath,
} from './__testUtils__/governanceTestApp';

describeOnBothDatabases('table and column documentation', databases => {
  const setUp = governanceApps(databases);

  it.each(databases.eachSupportedId())(
    'refuses what it must, changing nothing, on %p',
    async databaseId => {
      const { app, knex, context } = await setUp(
        databaseId,
        grantsWithout('data-catalog.table.update', 'data-catalog.table.read'),
      );
      const before = await rowCounts(knex);
      const docs = `${orders.path}/docs`;
      await expectGuarded(app, {
        'data-catalog.table.update': [['patch', docs, { description: 'x' }]],
        'data-catalog.table.read': [['get', `${docs}/history`]],
      });
      context.grants['data-catalog.table.update'] = true;
      context.grants['data-catalog.table.read'] = true;

      const patch = (path: string, body: object) =>
        request(app).patch(`${path}/docs`).set(alice).send(body);
      await patch(missingPath, { description: 'x' }).expect(404);
      await patch(schemaPath, { description: 'x' }).expect(404);
      await patch(orders.path, { column: 'nope', description: 'x' }).expect(
        404,
      );
      await request(app)
        .get(`${missingPath}/docs/history`)
        .set(alice)
        .expect(404);
      await request(app)
        .get(`${docs}/history?column=nope`)
        .set(alice)
        .expect(404);
      const owner = await patch(orders.path, { owner: 'alice' }).expect(400);
      expect(owner.body.error.message).toMatch(/owner: an entity ref like/);
      const kind = await patch(orders.path, {
        owner: 'component:default/x',
      }).expect(400);
      expect(kind.body.error.message).toMatch(/owner: /);
      const columnOwner = await patch(orders.path, {
        column: 'email',
        owner: 'user:default/alice',
      }).expect(400);
      expect(columnOwner.body.error.message).toBe(
        'owner: only a table has one, not a column',
      );
      const tooLong = await patch(orders.path, {
        unit: 'x'.repeat(101),
      }).expect(400);
      expect(tooLong.body.error.message).toMatch(/unit: /);
      expect(await rowCounts(knex)).toEqual(before);
    },
  );

  it.each(databases.eachSupportedId())(
    'records each changed field with its history, activity and audit on %p',
    async databaseId => {
      const { app, knex, context, published, audits } = await setUp(databaseId);
      const patch = (user: Record<string, string>, body: object) =>
        request(app).patch(`${orders.path}/docs`).set(user).send(body);
      const first = await patch(alice, {
        description: 'Orders of the shop',
        owner: 'group:default/sales',
        usageGuide: '# Use it',
      }).expect(200);
      expect(first.body).toEqual({
        description: 'Orders of the shop',
        owner: 'group:default/sales',
        usageGuide: '# Use it',
        updatedBy: 'user:default/alice',
        updatedAt: expect.any(String),
      });
      const unchanged = await rowCounts(knex);
      await patch(alice, { description: 'Orders of the shop' }).expect(200);
      expect(await rowCounts(knex)).toEqual(unchanged);

      const second = await patch(bob, { description: '', unit: 'EUR' }).expect(
        200,
      );
      expect(second.body).toMatchObject({
        owner: 'group:default/sales',
        unit: 'EUR',
        updatedBy: 'user:default/bob',
      });
      expect(second.body.description).toBeUndefined();
      await request(app)
        .patch(`${orders.path}/docs`)
        .set(alice)
        .send({
          column: 'email',
          description: 'Where we write',
          example: 'a@b.c',
        })
        .expect(200);
      const stored = await knex('asset_docs')
        .where('entity_ref', orders.ref)
        .orderBy('column_name');
      expect(
        stored.map(r => [r.column_name, r.owner, JSON.parse(r.doc)]),
      ).toEqual([
        [
          '',
          'group:default/sales',
          { owner: 'group:default/sales', usageGuide: '# Use it', unit: 'EUR' },
        ],
        ['email', null, { description: 'Where we write', example: 'a@b.c' }],
      ]);

      const history = await request(app)
        .get(`${orders.path}/docs/history`)
        .set(alice)
        .expect(200);
      expect(
        history.body.map((h: any) => [
          h.column ?? '',
          h.field,
          h.before,
          h.after,
          h.actor,
        ]),
      ).toEqual([
        ['email', 'example', undefined, 'a@b.c', 'user:default/alice'],
        [
          'email',
          'description',
          undefined,
          'Where we write',
          'user:default/alice',
        ],
        ['', 'unit', undefined, 'EUR', 'user:default/bob'],
        [
          '',
          'description',
          'Orders of the shop',
          undefined,
          'user:default/bob',
        ],
        ['', 'owner', undefined, 'group:default/sales', 'user:default/alice'],
        ['', 'usageGuide', undefined, '# Use it', 'user:default/alice'],
        [
          '',
          'description',
          undefined,
          'Orders of the shop',
          'user:default/alice',
        ],
      ]);
      const column = await request(app)
        .get(`${orders.path}/docs/history?column=email&limit=1`)
        .set(alice)
        .expect(200);
      expect(column.body).toEqual([
        {
          id: expect.any(String),
          entityRef: orders.ref,
          column: 'email',
          field: 'example',
          after: 'a@b.c',
          actor: 'user:default/alice',
          at: expect.any(String),
        },
      ]);

      // The table's entity shows owner and description, not column docs.
      const feed = await knex('entity_feed').where('entity_ref', orders.ref);
      expect(feed).toHaveLength(2);
      expect(published.map(e => e.eventPayload)).toEqual([
        { entityRefs: [orders.ref] },
        { entityRefs: [orders.ref] },
      ]);
      const activity = await knex('activity').orderBy('id');
      expect(activity.map(a => [a.type, a.actor, a.summary])).toEqual([
        [
          'doc-edit',
          'user:default/alice',
          'Documentation of shop.public.orders: description, usageGuide, owner',
        ],
        [
          'doc-edit',
          'user:default/bob',
          'Documentation of shop.public.orders: description, unit',
        ],
        [
          'doc-edit',
          'user:default/alice',
          'Documentation of shop.public.orders.email: description, example',
        ],
      ]);
      // Search follows: the table's and the column's documents.
      const documents = await knex('search_documents')
        .where('entity_ref', orders.ref)
        .whereIn('name', ['orders', 'email'])
        .orderBy('kind', 'desc');
      expect(documents.map(d => [d.kind, d.owner, d.text])).toEqual([
        ['table', 'group:default/sales', ''],
        ['column', 'group:default/sales', 'Where we write'],
      ]);
      expect(context.logger.warn).not.toHaveBeenCalled();
      const trail = await audits();
      expect(trail.map(e => [e.eventId, e.meta, e.outcome])).toEqual([
        ['docs-update', { entityRef: orders.ref }, 'success'],
        ['docs-update', { entityRef: orders.ref }, 'success'],
        ['docs-update', { entityRef: orders.ref }, 'success'],
        ['docs-update', { entityRef: orders.ref, column: 'email' }, 'success'],
      ]);
      expect(trail[2].result.meta).toEqual({
        before: { description: 'Orders of the shop', unit: null },
        after: { description: null, unit: 'EUR' },
      });
    },
  );
});
