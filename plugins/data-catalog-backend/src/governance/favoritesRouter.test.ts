import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { expectGuarded } from './__testUtils__/authExpectations';
import { onlyNamespaces } from './__testUtils__/conditions';
import {
  alice,
  bob,
  governanceApps,
  grantsWithout,
  missingPath,
  orders,
  salaries,
  schemaPath,
} from './__testUtils__/governanceTestApp';

const favorite = (path: string) =>
  `/favorites/${path.slice('/tables/'.length)}`;

describeOnBothDatabases('favourites', databases => {
  const setUp = governanceApps(databases);

  it.each(databases.eachSupportedId())(
    'keeps each user their readable favourite tables on %p',
    async databaseId => {
      const { app, knex, context } = await setUp(
        databaseId,
        grantsWithout('data-catalog.table.read'),
      );
      await expectGuarded(app, {
        'data-catalog.table.read': [
          ['get', '/favorites'],
          ['put', favorite(orders.path)],
          ['delete', favorite(orders.path)],
        ],
      });
      context.grants['data-catalog.table.read'] = true;
      await request(app).put(favorite(missingPath)).set(alice).expect(404);
      await request(app).put(favorite(schemaPath)).set(alice).expect(404);
      expect(await knex('favorites')).toEqual([]);

      await request(app).put(favorite(orders.path)).set(alice).expect(204);
      await request(app).put(favorite(salaries.path)).set(alice).expect(204);
      await request(app).put(favorite(salaries.path)).set(alice).expect(204);
      await request(app).put(favorite(orders.path)).set(bob).expect(204);
      const mine = await request(app).get('/favorites').set(alice).expect(200);
      expect(mine.body.map((f: any) => f.entityRef).sort()).toEqual(
        [orders.ref, salaries.ref].sort(),
      );
      expect(mine.body.find((f: any) => f.entityRef === orders.ref)).toEqual({
        entityRef: orders.ref,
        name: 'orders',
        qualifiedName: 'shop.public.orders',
        sourceId: 'sales',
        kind: 'table',
        createdAt: expect.any(String),
      });

      // Only tables still readable, and still in the inventory.
      context.grants['data-catalog.table.read'] = onlyNamespaces('hr');
      const readable = await request(app)
        .get('/favorites')
        .set(alice)
        .expect(200);
      expect(readable.body.map((f: any) => f.entityRef)).toEqual([
        salaries.ref,
      ]);
      context.grants['data-catalog.table.read'] = true;
      await knex('columns').where('entity_ref', salaries.ref).delete();
      await knex('assets').where('entity_ref', salaries.ref).delete();
      const remaining = await request(app)
        .get('/favorites')
        .set(alice)
        .expect(200);
      expect(remaining.body.map((f: any) => f.entityRef)).toEqual([orders.ref]);

      // Removing works for a table that is gone, and twice.
      await request(app).delete(favorite(salaries.path)).set(alice).expect(204);
      await request(app).delete(favorite(orders.path)).set(alice).expect(204);
      await request(app).delete(favorite(orders.path)).set(alice).expect(204);
      expect(
        (await request(app).get('/favorites').set(alice).expect(200)).body,
      ).toEqual([]);
      expect(
        (await request(app).get('/favorites').set(bob).expect(200)).body,
      ).toHaveLength(1);
    },
  );
});
