import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { expectGuarded } from './__testUtils__/authExpectations';
import { onlyNamespaces } from './__testUtils__/conditions';
import {
  alice,
  governanceApps,
  grantsWithout,
  missingPath,
  orders,
  rowCounts,
  salaries,
  schemaPath,
  tagId,
} from './__testUtils__/governanceTestApp';

const tagsOf = (body: any) => body.tags.map((t: { name: string }) => t.name);

describeOnBothDatabases('POST /tables/:ns/:name/tags', databases => {
  const setUp = governanceApps(databases);

  it.each(databases.eachSupportedId())(
    'refuses what it must, changing nothing, on %p',
    async databaseId => {
      const { app, knex, context } = await setUp(
        databaseId,
        grantsWithout('data-catalog.table.update'),
      );
      const body = { add: ['finance'] };
      const before = await rowCounts(knex);
      await expectGuarded(app, {
        'data-catalog.table.update': [['post', `${orders.path}/tags`, body]],
      });

      context.grants['data-catalog.table.update'] = true;
      const post = (path: string, payload: object) =>
        request(app).post(`${path}/tags`).set(alice).send(payload);
      await post(missingPath, body).expect(404);
      await post(schemaPath, body).expect(404);
      const noColumn = await post(orders.path, {
        ...body,
        column: 'nope',
      }).expect(404);
      expect(noColumn.body.error.message).toBe(
        `No column nope in ${orders.ref}`,
      );
      const notArray = await post(orders.path, { add: 'finance' }).expect(400);
      expect(notArray.body.error.message).toMatch(/add: /);
      const unknown = await post(orders.path, {
        add: ['finance', 'nope'],
      }).expect(400);
      expect(unknown.body.error.message).toBe('add[1]: no tag nope');
      const both = await post(orders.path, {
        add: ['finance'],
        remove: ['finance'],
      }).expect(400);
      expect(both.body.error.message).toMatch(
        /^remove: finance is also in add/,
      );
      expect(await rowCounts(knex)).toEqual(before);
    },
  );

  it.each(databases.eachSupportedId())(
    'applies the tag policy to the resulting tags on %p',
    async databaseId => {
      const { app, knex, audits, published } = await setUp(databaseId);
      const post = (payload: object) =>
        request(app).post(`${orders.path}/tags`).set(alice).send(payload);

      let before = await rowCounts(knex);
      const unrestricted = await post({
        column: 'email',
        add: ['pii-low'],
      }).expect(400);
      expect(unrestricted.body.error.violations).toEqual([
        {
          rule: 'pii-needs-restricted-tag',
          column: 'email',
          message: expect.stringContaining(
            'column email carries PII (pii-low)',
          ),
        },
      ]);
      expect(unrestricted.body.error.message).toMatch(
        /^Tag policy violated: \[pii-needs-restricted-tag\]/,
      );
      const ownerless = await post({ add: ['restricted', 'pii-high'] }).expect(
        400,
      );
      expect(ownerless.body.error.violations.map((v: any) => v.rule)).toEqual([
        'pii-needs-owner',
      ]);
      expect(await rowCounts(knex)).toEqual(before);

      await request(app)
        .patch(`${orders.path}/docs`)
        .set(alice)
        .send({ owner: 'group:default/sales' })
        .expect(200);
      const tagged = await post({ add: ['restricted', 'pii-high'] }).expect(
        200,
      );
      expect(tagsOf(tagged.body)).toEqual(['pii-high', 'restricted']);
      expect(tagged.body.tags[0]).toMatchObject({
        category: 'PII',
        piiLevel: 'high',
      });
      const email = await post({ column: 'email', add: ['pii-medium'] }).expect(
        200,
      );
      expect(email.body).toMatchObject({
        entityRef: orders.ref,
        column: 'email',
      });
      expect(tagsOf(email.body)).toEqual(['pii-medium']);

      before = await rowCounts(knex);
      const twoLevels = await post({
        column: 'email',
        add: ['pii-low'],
      }).expect(400);
      expect(twoLevels.body.error.violations).toEqual([
        {
          rule: 'exclusive-category',
          column: 'email',
          message:
            'column email has 2 tags of the exclusive category PII (pii-low, pii-medium): keep one',
        },
      ]);
      const unrestrict = await post({ remove: ['restricted'] }).expect(400);
      expect(
        unrestrict.body.error.violations.map((v: any) => [v.rule, v.column]),
      ).toEqual([
        ['pii-needs-restricted-tag', undefined],
        ['pii-needs-restricted-tag', 'email'],
      ]);
      const clearOwner = await request(app)
        .patch(`${orders.path}/docs`)
        .set(alice)
        .send({ owner: null })
        .expect(400);
      expect(clearOwner.body.error.violations.map((v: any) => v.rule)).toEqual([
        'pii-needs-owner',
      ]);
      expect(await rowCounts(knex)).toEqual(before);

      const swapped = await post({
        column: 'email',
        add: ['pii-low'],
        remove: ['pii-medium'],
      }).expect(200);
      expect(tagsOf(swapped.body)).toEqual(['pii-low']);
      // Nothing to do: no activity, feed entry or event.
      before = await rowCounts(knex);
      const events = published.length;
      await post({ column: 'email', add: ['pii-low'] }).expect(200);
      expect(await rowCounts(knex)).toEqual(before);
      expect(published).toHaveLength(events);

      const activity = await knex('activity')
        .where('type', 'tag')
        .orderBy('id');
      expect(activity.map(a => [a.entity_ref, a.actor, a.summary])).toEqual([
        [
          orders.ref,
          'user:default/alice',
          'Tags of shop.public.orders: +pii-high +restricted',
        ],
        [
          orders.ref,
          'user:default/alice',
          'Tags of shop.public.orders.email: +pii-medium',
        ],
        [
          orders.ref,
          'user:default/alice',
          'Tags of shop.public.orders.email: +pii-low -pii-medium',
        ],
      ]);
      const feed = await knex('entity_feed').where('entity_ref', orders.ref);
      expect(feed.map(f => f.op)).toEqual([
        'upsert',
        'upsert',
        'upsert',
        'upsert',
      ]);
      expect(published.map(e => e.eventPayload)).toEqual(
        Array(4).fill({ entityRefs: [orders.ref] }),
      );
      const stored = await knex('asset_tags')
        .where('entity_ref', orders.ref)
        .orderBy('column_name');
      expect(stored.map(r => [r.column_name, r.assigned_by])).toEqual([
        ['', 'user:default/alice'],
        ['', 'user:default/alice'],
        ['email', 'user:default/alice'],
      ]);

      const trail = (await audits()).filter(e => e.eventId === 'tags-assign');
      expect(trail.map(e => e.outcome)).toEqual([
        'fail',
        'fail',
        'success',
        'success',
        'fail',
        'fail',
        'success',
        'success',
      ]);
      expect(trail[0].meta).toEqual({
        entityRef: orders.ref,
        column: 'email',
        add: ['pii-low'],
        remove: [],
      });
      expect(trail[6].result.meta).toEqual({
        before: ['pii-medium'],
        after: ['pii-low'],
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'lists current violations of the tables the caller may read on %p',
    async databaseId => {
      const { app, knex, context } = await setUp(databaseId);
      // Tags placed before the policy existed (straight into the table).
      const place = async (entityRef: string, column: string, tag: string) =>
        knex('asset_tags').insert({
          entity_ref: entityRef,
          column_name: column,
          tag_id: await tagId(knex, tag),
          assigned_by: 'user:default/import',
          assigned_at: new Date(),
        });
      await place(salaries.ref, 'salary', 'pii-high');
      await place(orders.ref, '', 'pii-low');
      await place(orders.ref, '', 'pii-medium');
      await place(orders.ref, '', 'restricted');
      await place('resource:sales/gone', 'x', 'pii-high');

      const all = await request(app)
        .get('/tags/violations')
        .set(alice)
        .expect(200);
      expect(all.body.map((v: any) => [v.entityRef, v.column, v.rule])).toEqual(
        [
          [salaries.ref, 'salary', 'pii-needs-restricted-tag'],
          [salaries.ref, 'salary', 'pii-needs-owner'],
          [orders.ref, undefined, 'exclusive-category'],
        ],
      );

      context.grants['data-catalog.table.read'] = onlyNamespaces('sales');
      const some = await request(app)
        .get('/tags/violations')
        .set(alice)
        .expect(200);
      expect(some.body.map((v: any) => v.entityRef)).toEqual([orders.ref]);
    },
  );
});
