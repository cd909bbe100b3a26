import { refreshSearchDocuments } from '../search/searchDocuments';
import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { asUser } from '../__testUtils__/testContext';
import {
  MANAGE,
  READ,
  sourceBody,
  sourceRequest,
  sourcesApps,
} from './__testUtils__/sourcesApp';

describeOnBothDatabases('sources routes', databases => {
  const setUp = sourcesApps(databases);

  it.each(databases.eachSupportedId())(
    'registers, lists, updates and deletes a source, audited, %p',
    async databaseId => {
      const { app, context } = await setUp(databaseId, {
        [READ]: true,
        [MANAGE]: true,
      });

      const created = await request(app)
        .post('/sources')
        .set(asUser())
        .send(sourceBody());
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        id: 'warehouse',
        entityRef: 'resource:warehouse/warehouse',
        createdBy: 'user:default/alice',
        configManaged: false,
        enabled: true,
        connection: {
          passwordRef: 'env:WAREHOUSE_PASSWORD',
          databases: [],
          ssl: false,
        },
        counts: { databases: 0, schemas: 0, tables: 0, views: 0 },
      });
      expect(context.auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          eventId: 'source-create',
          meta: { sourceId: 'warehouse' },
        }),
      );

      const now = new Date();
      const asset = {
        source_id: 'warehouse',
        database_name: 'shop',
        content_hash: 'h',
        first_seen_at: now,
        last_seen_at: now,
        changed_at: now,
      };
      await context.knex('assets').insert([
        {
          ...asset,
          entity_ref: 'resource:warehouse/shop',
          kind: 'database',
          name: 'shop',
          qualified_name: 'shop',
        },
        {
          ...asset,
          entity_ref: 'resource:warehouse/shop.public.orders',
          kind: 'table',
          name: 'orders',
          qualified_name: 'shop.public.orders',
        },
        {
          ...asset,
          entity_ref: 'resource:warehouse/shop.public.v',
          kind: 'view',
          name: 'v',
          qualified_name: 'shop.public.v',
        },
      ]);
      const listed = await request(app)
        .get('/sources?platform=postgresql')
        .set(asUser());
      expect(listed.body).toMatchObject({
        totalCount: 1,
        items: [
          { id: 'warehouse', counts: { databases: 1, tables: 1, views: 1 } },
        ],
      });
      expect(
        (await request(app).get('/sources?platform=mysql').set(asUser())).body,
      ).toEqual({ items: [], totalCount: 0 });

      const feedBefore = await context
        .knex('entity_feed')
        .count({ n: '*' })
        .first();
      const patched = await request(app)
        .patch('/sources/warehouse')
        .set(asUser())
        .send({ owner: 'group:default/platform', connection: { port: 6432 } });
      expect(patched.status).toBe(200);
      expect(patched.body.connection).toMatchObject({
        host: 'db.example.com',
        port: 6432,
        passwordRef: 'env:WAREHOUSE_PASSWORD',
      });
      // A new owner changes every asset's entity: all are re-emitted.
      const feedAfter = await context
        .knex('entity_feed')
        .count({ n: '*' })
        .first();
      expect(Number(feedAfter!.n) - Number(feedBefore!.n)).toBe(4);

      await refreshSearchDocuments(context.knex, [
        'resource:warehouse/shop.public.orders',
      ]);
      const searchable = () =>
        context
          .knex('search_documents')
          .where('entity_ref', 'like', 'resource:warehouse/%')
          .pluck('entity_ref');
      expect(await searchable()).toContain(
        'resource:warehouse/shop.public.orders',
      );
      expect(
        (await request(app).delete('/sources/warehouse').set(asUser())).status,
      ).toBe(204);
      expect(await context.knex('assets').select()).toEqual([]);
      expect(await searchable()).toEqual([]);
      const deletes = await context
        .knex('entity_feed')
        .where('op', 'delete')
        .orderBy('entity_ref')
        .pluck('entity_ref');
      expect(deletes).toEqual([
        'resource:warehouse/shop',
        'resource:warehouse/shop.public.orders',
        'resource:warehouse/shop.public.v',
        'resource:warehouse/warehouse',
      ]);
      expect(
        (await request(app).get('/sources/warehouse').set(asUser())).status,
      ).toBe(404);
      expect(
        await context.knex('activity').orderBy('id').pluck('summary'),
      ).toEqual([
        'Registered data source Warehouse',
        'Updated data source Warehouse',
        'Deleted data source Warehouse',
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'answers 400 naming the field, %p',
    async databaseId => {
      const { app } = await setUp(databaseId, { [READ]: true, [MANAGE]: true });
      const cases: [object, string][] = [
        [
          sourceBody({
            connection: { ...sourceBody().connection, password: 'hunter2' },
          }),
          'connection.password',
        ],
        [sourceBody({ id: 'Bad_Id' }), 'id'],
        [
          sourceBody({ schedule: '61 * * * *' }),
          'schedule: minute: 61 is outside 0-59',
        ],
        [sourceBody({ schedule: 'hourly' }), 'schedule'],
        [
          sourceBody({ platform: 'oracle' }),
          "platform: no connector for 'oracle'",
        ],
        [
          sourceBody({
            connection: { ...sourceBody().connection, passwordRef: 'hunter2' },
          }),
          'connection.passwordRef',
        ],
      ];
      for (const [payload, field] of cases) {
        const response = await request(app)
          .post('/sources')
          .set(asUser())
          .send(payload);
        expect(response.status).toBe(400);
        expect(response.body.error.message).toContain(field);
      }
      expect(
        (await request(app).get('/sources/Not_An_Id').set(asUser())).status,
      ).toBe(400);
      expect(
        (await request(app).get('/sources?limit=0').set(asUser())).status,
      ).toBe(400);
    },
  );

  it.each(databases.eachSupportedId())(
    'answers 404 for unknown sources and 409 for duplicates and config-managed ones, %p',
    async databaseId => {
      const { app, store } = await setUp(databaseId, {
        [READ]: true,
        [MANAGE]: true,
      });
      expect(
        (await request(app).get('/sources/nope').set(asUser())).status,
      ).toBe(404);
      expect(
        (
          await request(app)
            .patch('/sources/nope')
            .set(asUser())
            .send({ title: 'x' })
        ).status,
      ).toBe(404);
      expect(
        (await request(app).delete('/sources/nope').set(asUser())).status,
      ).toBe(404);

      await request(app).post('/sources').set(asUser()).send(sourceBody());
      expect(
        (await request(app).post('/sources').set(asUser()).send(sourceBody()))
          .status,
      ).toBe(409);

      await store.create(sourceRequest({ id: 'from-config' }), 'config', {
        configManaged: true,
      });
      const patch = await request(app)
        .patch('/sources/from-config')
        .set(asUser())
        .send({ title: 'Renamed' });
      expect(patch.status).toBe(409);
      expect(patch.body.error.message).toContain('dataCatalog.sources');
      expect(
        (await request(app).delete('/sources/from-config').set(asUser()))
          .status,
      ).toBe(409);
      expect(
        (await request(app).get('/sources/from-config').set(asUser())).body
          .title,
      ).toBe('Warehouse');
    },
  );

  it.each(databases.eachSupportedId())(
    'tests an unsaved connection and lists platforms, %p',
    async databaseId => {
      const { app } = await setUp(databaseId, { [READ]: true, [MANAGE]: true });
      const missing = await request(app)
        .post('/sources/test')
        .set(asUser())
        .send({
          platform: 'postgresql',
          connection: {
            ...sourceBody().connection,
            passwordRef: 'env:DC_TEST_NOT_SET',
          },
        });
      expect(missing.status).toBe(200);
      expect(missing.body).toMatchObject({ ok: false, failedStep: 'connect' });
      expect(missing.body.steps[0].detail).toContain('DC_TEST_NOT_SET');

      const platforms = await request(app).get('/platforms').set(asUser());
      expect(platforms.body).toEqual(
        expect.arrayContaining(['mysql', 'postgresql']),
      );
    },
  );
});
