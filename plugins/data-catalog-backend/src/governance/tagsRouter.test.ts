import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { expectGuarded } from './__testUtils__/authExpectations';
import {
  alice,
  governanceApps,
  grantsWithout,
  orders,
  rowCounts,
  tagId,
} from './__testUtils__/governanceTestApp';

describeOnBothDatabases('tag categories and tags', databases => {
  const setUp = governanceApps(databases);

  it.each(databases.eachSupportedId())(
    'authenticates and authorizes every route on %p',
    async databaseId => {
      const { app, knex } = await setUp(
        databaseId,
        grantsWithout('data-catalog.tag.manage', 'data-catalog.glossary.read'),
      );
      const piiId = await tagId(knex, 'pii-low');
      const before = await rowCounts(knex);
      await expectGuarded(
        app,
        {
          'data-catalog.glossary.read': [
            ['get', '/tag-categories'],
            ['get', '/tags'],
            ['get', `/tags/${piiId}`],
          ],
          'data-catalog.tag.manage': [
            ['post', '/tag-categories', { name: 'X' }],
            ['patch', `/tag-categories/x`, { name: 'Y' }],
            ['delete', `/tag-categories/x`],
            ['post', '/tags', { categoryId: 'x', name: 'x' }],
            ['patch', `/tags/${piiId}`, { piiLevel: 'none' }],
            ['delete', `/tags/${piiId}`],
          ],
        },
        [['get', '/tags/violations']],
      );
      expect(await rowCounts(knex)).toEqual(before);
    },
  );

  it.each(databases.eachSupportedId())(
    'creates, edits and deletes categories on %p',
    async databaseId => {
      const { app, knex, audits } = await setUp(databaseId);
      const created = await request(app)
        .post('/tag-categories')
        .set(alice)
        .send({ name: 'Quality', description: 'How good' })
        .expect(201);
      expect(created.body).toMatchObject({
        name: 'Quality',
        exclusive: false,
        tagCount: 0,
      });
      const id = created.body.id;

      const before = await rowCounts(knex);
      const empty = await request(app)
        .post('/tag-categories')
        .set(alice)
        .send({ name: '' })
        .expect(400);
      expect(empty.body.error.message).toMatch(/name: /);
      await request(app)
        .post('/tag-categories')
        .set(alice)
        .send({ name: 'PII' })
        .expect(409);
      await request(app)
        .patch(`/tag-categories/${id}`)
        .set(alice)
        .send({ name: 'Access' })
        .expect(409);
      await request(app)
        .patch('/tag-categories/nope')
        .set(alice)
        .send({ name: 'Z' })
        .expect(404);
      const pii = (
        await knex('tag_categories').where('name', 'PII').first('id')
      ).id;
      const inUse = await request(app)
        .delete(`/tag-categories/${pii}`)
        .set(alice)
        .expect(409);
      expect(inUse.body.error.message).toMatch(/still has 3 tags/);
      expect(await rowCounts(knex)).toEqual(before);

      // A PATCH changes what it names only (no default resets exclusive).
      await request(app)
        .patch(`/tag-categories/${id}`)
        .set(alice)
        .send({ exclusive: true })
        .expect(200);
      const renamed = await request(app)
        .patch(`/tag-categories/${id}`)
        .set(alice)
        .send({ name: 'Data quality' })
        .expect(200);
      expect(renamed.body).toMatchObject({
        name: 'Data quality',
        exclusive: true,
        description: 'How good',
      });
      await request(app).get(`/tag-categories/${id}`).set(alice).expect(200);
      await request(app).delete(`/tag-categories/${id}`).set(alice).expect(204);
      await request(app).get(`/tag-categories/${id}`).set(alice).expect(404);

      const trail = await audits();
      expect(trail.map(e => [e.eventId, e.meta?.action, e.outcome])).toEqual([
        ['tag-manage', 'create', 'success'],
        ['tag-manage', 'create', 'fail'],
        ['tag-manage', 'update', 'fail'],
        ['tag-manage', 'update', 'fail'],
        ['tag-manage', 'delete', 'fail'],
        ['tag-manage', 'update', 'success'],
        ['tag-manage', 'update', 'success'],
        ['tag-manage', 'delete', 'success'],
      ]);
      expect(trail[6].result.meta).toMatchObject({
        before: { name: 'Quality' },
        after: { name: 'Data quality' },
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'creates, edits and deletes tags, re-emitting the tables carrying them on %p',
    async databaseId => {
      const { app, knex, published } = await setUp(databaseId);
      const domain = (
        await knex('tag_categories').where('name', 'Domain').first('id')
      ).id;
      const before = await rowCounts(knex);
      const badName = await request(app)
        .post('/tags')
        .set(alice)
        .send({ categoryId: domain, name: 'Not Valid' })
        .expect(400);
      expect(badName.body.error.message).toMatch(/name: /);
      const badCategory = await request(app)
        .post('/tags')
        .set(alice)
        .send({ categoryId: 'nope', name: 'hr' })
        .expect(400);
      expect(badCategory.body.error.message).toMatch(
        /^categoryId: no tag category/,
      );
      await request(app)
        .post('/tags')
        .set(alice)
        .send({ categoryId: domain, name: 'finance' })
        .expect(409);
      await request(app)
        .patch('/tags/nope')
        .set(alice)
        .send({ color: '#ffffff' })
        .expect(404);
      expect(await rowCounts(knex)).toEqual(before);

      const created = await request(app)
        .post('/tags')
        .set(alice)
        .send({ categoryId: domain, name: 'hr', color: '#00aa00' })
        .expect(201);
      expect(created.body).toMatchObject({
        name: 'hr',
        category: 'Domain',
        color: '#00aa00',
        piiLevel: 'none',
        restricted: false,
        usageCount: 0,
      });
      await request(app)
        .post(`${orders.path}/tags`)
        .set(alice)
        .send({ column: 'amount', add: ['hr'] })
        .expect(200);
      const listed = await request(app)
        .get(`/tags?categoryId=${domain}`)
        .set(alice)
        .expect(200);
      expect(listed.body.map((t: any) => [t.name, t.usageCount])).toEqual([
        ['customer', 0],
        ['finance', 0],
        ['hr', 1],
        ['marketing', 0],
        ['sales', 0],
      ]);

      const feed = async () =>
        (await knex('entity_feed').where('entity_ref', orders.ref)).length;
      const fed = await feed();
      const events = published.length;
      const described = await request(app)
        .patch(`/tags/${created.body.id}`)
        .set(alice)
        .send({ description: 'Human resources' })
        .expect(200);
      expect(described.body).toMatchObject({
        color: '#00aa00',
        description: 'Human resources',
      });
      expect(await feed()).toBe(fed);
      await request(app)
        .patch(`/tags/${created.body.id}`)
        .set(alice)
        .send({ name: 'people' })
        .expect(200);
      expect(await feed()).toBe(fed + 1);
      await request(app)
        .delete(`/tags/${created.body.id}`)
        .set(alice)
        .expect(204);
      expect(await feed()).toBe(fed + 2);
      expect(published.slice(events).map(e => e.eventPayload)).toEqual([
        { entityRefs: [orders.ref] },
        { entityRefs: [orders.ref] },
      ]);
      expect(await knex('asset_tags').where('entity_ref', orders.ref)).toEqual(
        [],
      );
      await request(app).get(`/tags/${created.body.id}`).set(alice).expect(404);
    },
  );
});
