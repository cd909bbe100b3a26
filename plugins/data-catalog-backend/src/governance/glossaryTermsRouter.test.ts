import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { expectGuarded } from './__testUtils__/authExpectations';
import {
  alice,
  governanceApps,
  grantsWithout,
  rowCounts,
} from './__testUtils__/governanceTestApp';

const term = (name: string, fields: object = {}) => ({
  name,
  definition: `What ${name} means`,
  owner: 'group:default/finance',
  reviewers: ['user:default/rita'],
  ...fields,
});

describeOnBothDatabases('glossary terms', databases => {
  const setUp = governanceApps(databases);

  it.each(databases.eachSupportedId())(
    'authenticates and authorizes every route on %p',
    async databaseId => {
      const { app, knex } = await setUp(
        databaseId,
        grantsWithout(
          'data-catalog.glossary.read',
          'data-catalog.glossary.edit',
          'data-catalog.glossary.approve',
        ),
      );
      const id = 'some-id';
      const before = await rowCounts(knex);
      const link = { entityRef: 'resource:sales/shop.public.orders' };
      await expectGuarded(
        app,
        {
          'data-catalog.glossary.read': [
            ['get', '/glossary/terms'],
            ['get', `/glossary/terms/${id}`],
          ],
          'data-catalog.glossary.edit': [
            ['post', '/glossary/terms', term('Revenue')],
            ['patch', `/glossary/terms/${id}`, { definition: 'x' }],
            ['delete', `/glossary/terms/${id}`],
            ['post', `/glossary/terms/${id}/links`, link],
            ['delete', `/glossary/terms/${id}/links`, link],
          ],
        },
        [['post', `/glossary/terms/${id}/transitions`, { action: 'submit' }]],
      );
      expect(await rowCounts(knex)).toEqual(before);
    },
  );

  it.each(databases.eachSupportedId())(
    'creates, lists, edits and deletes terms on %p',
    async databaseId => {
      const { app, knex, audits } = await setUp(databaseId);
      const created = await request(app)
        .post('/glossary/terms')
        .set(alice)
        .send(term('Revenue', { synonyms: ['Turnover'], domain: 'finance' }))
        .expect(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        name: 'Revenue',
        definition: 'What Revenue means',
        synonyms: ['Turnover'],
        domain: 'finance',
        owner: 'group:default/finance',
        reviewers: ['user:default/rita'],
        status: 'draft',
        createdBy: 'user:default/alice',
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        links: [],
      });
      const id = created.body.id;
      for (const name of ['Churn', 'Margin', 'Order']) {
        await request(app)
          .post('/glossary/terms')
          .set(alice)
          .send(term(name))
          .expect(201);
      }

      const before = await rowCounts(knex);
      const noReviewer = await request(app)
        .post('/glossary/terms')
        .set(alice)
        .send(term('Cost', { reviewers: [] }))
        .expect(400);
      expect(noReviewer.body.error.message).toMatch(
        /reviewers: at least one reviewer/,
      );
      const badReviewer = await request(app)
        .post('/glossary/terms')
        .set(alice)
        .send(term('Cost', { reviewers: ['rita'] }))
        .expect(400);
      expect(badReviewer.body.error.message).toMatch(
        /reviewers\[0\]: an entity ref/,
      );
      const badOwner = await request(app)
        .post('/glossary/terms')
        .set(alice)
        .send(term('Cost', { owner: 'finance' }))
        .expect(400);
      expect(badOwner.body.error.message).toMatch(/owner: /);
      await request(app)
        .post('/glossary/terms')
        .set(alice)
        .send(term('Churn'))
        .expect(409);
      await request(app)
        .patch(`/glossary/terms/${id}`)
        .set(alice)
        .send({ name: 'Margin' })
        .expect(409);
      await request(app)
        .patch('/glossary/terms/nope')
        .set(alice)
        .send({ name: 'X' })
        .expect(404);
      await request(app).get('/glossary/terms/nope').set(alice).expect(404);
      const badStatus = await request(app)
        .get('/glossary/terms?status=done')
        .set(alice)
        .expect(400);
      expect(badStatus.body.error.message).toMatch(/status: /);
      expect(await rowCounts(knex)).toEqual(before);

      const page1 = await request(app)
        .get('/glossary/terms?limit=3')
        .set(alice)
        .expect(200);
      expect(page1.body.items.map((t: any) => t.name)).toEqual([
        'Churn',
        'Margin',
        'Order',
      ]);
      expect(page1.body).toMatchObject({ totalCount: 4, nextCursor: '3' });
      const page2 = await request(app)
        .get(`/glossary/terms?limit=3&cursor=${page1.body.nextCursor}`)
        .set(alice)
        .expect(200);
      expect(page2.body.items.map((t: any) => t.name)).toEqual(['Revenue']);
      expect(page2.body.nextCursor).toBeUndefined();
      const search = async (query: string) =>
        (
          await request(app)
            .get(`/glossary/terms?${query}`)
            .set(alice)
            .expect(200)
        ).body.items.map((t: any) => t.name);
      expect(await search('q=turnover')).toEqual(['Revenue']);
      expect(await search('q=MARG')).toEqual(['Margin']);
      expect(await search('q=%25')).toEqual([]);
      expect(await search('domain=finance')).toEqual(['Revenue']);
      expect(await search('status=draft&q=means')).toHaveLength(4);

      // A PATCH keeps what it does not name (synonyms keep their value).
      const edited = await request(app)
        .patch(`/glossary/terms/${id}`)
        .set(alice)
        .send({ definition: 'Money in' })
        .expect(200);
      expect(edited.body).toMatchObject({
        definition: 'Money in',
        synonyms: ['Turnover'],
        status: 'draft',
      });
      const detail = await request(app)
        .get(`/glossary/terms/${id}`)
        .set(alice)
        .expect(200);
      expect(detail.body.allowedActions).toEqual(['submit']);
      expect(
        detail.body.history.map((h: any) => [
          h.action,
          h.fromStatus,
          h.toStatus,
          h.comment,
        ]),
      ).toEqual([
        ['create', undefined, 'draft', undefined],
        ['update', 'draft', 'draft', 'Changed definition'],
      ]);

      const margin = page1.body.items[1].id;
      await request(app)
        .post(`/glossary/terms/${margin}/transitions`)
        .set(alice)
        .send({ action: 'submit' })
        .expect(200);
      const inReview = await request(app)
        .delete(`/glossary/terms/${margin}`)
        .set(alice)
        .expect(409);
      expect(inReview.body.error.message).toMatch(
        /Only draft terms can be deleted; Margin is in-review/,
      );
      await request(app).delete(`/glossary/terms/${id}`).set(alice).expect(204);
      await request(app).get(`/glossary/terms/${id}`).set(alice).expect(404);
      expect(await knex('glossary_history').where('term_id', id)).toEqual([]);

      const activity = await knex('activity').orderBy('id');
      expect(activity.map(a => a.summary)).toEqual([
        'Proposed glossary term Revenue',
        'Proposed glossary term Churn',
        'Proposed glossary term Margin',
        'Proposed glossary term Order',
        'Edited glossary term Revenue',
        'Glossary term Margin: draft → in-review (submit)',
        'Deleted draft glossary term Revenue',
      ]);
      const trail = await audits();
      expect(trail.map(e => [e.meta?.action, e.outcome])).toEqual([
        ['create', 'success'],
        ['create', 'success'],
        ['create', 'success'],
        ['create', 'success'],
        ['create', 'fail'],
        ['update', 'fail'],
        ['update', 'fail'],
        ['update', 'success'],
        ['submit', 'success'],
        ['delete', 'fail'],
        ['delete', 'success'],
      ]);
    },
  );
});
