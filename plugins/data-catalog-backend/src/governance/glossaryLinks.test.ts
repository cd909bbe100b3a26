import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { createTerm, transition } from './__testUtils__/glossaryTerms';
import {
  alice,
  governanceApps,
  missingPath,
  orders,
  rowCounts,
} from './__testUtils__/governanceTestApp';

describeOnBothDatabases('glossary links', databases => {
  const setUp = governanceApps(databases);

  it.each(databases.eachSupportedId())(
    'links approved terms to tables and columns on %p',
    async databaseId => {
      const { app, knex } = await setUp(databaseId);
      const id = await createTerm(app);
      const links = `/glossary/terms/${id}/links`;
      const draft = await request(app)
        .post(links)
        .set(alice)
        .send({ entityRef: orders.ref })
        .expect(409);
      expect(draft.body.error.message).toBe(
        'Only approved terms can be linked; Revenue is draft',
      );
      await transition(app, id, { action: 'submit' }).expect(200);
      await transition(app, id, { action: 'approve' }).expect(200);

      const before = await rowCounts(knex);
      await request(app).post(links).set(alice).send({}).expect(400);
      await request(app)
        .post(links)
        .set(alice)
        .send({ entityRef: `resource:${missingPath.slice('/tables/'.length)}` })
        .expect(404);
      await request(app)
        .post(links)
        .set(alice)
        .send({ entityRef: orders.ref, column: 'nope' })
        .expect(404);
      await request(app)
        .post('/glossary/terms/nope/links')
        .set(alice)
        .send({ entityRef: orders.ref })
        .expect(404);
      expect(await rowCounts(knex)).toEqual(before);

      await request(app)
        .post(links)
        .set(alice)
        .send({ entityRef: orders.ref })
        .expect(201);
      await request(app)
        .post(links)
        .set(alice)
        .send({ entityRef: orders.ref })
        .expect(201);
      const linked = await request(app)
        .post(links)
        .set(alice)
        .send({ entityRef: orders.ref, column: 'amount' })
        .expect(201);
      expect(linked.body.links).toEqual([
        { entityRef: orders.ref },
        { entityRef: orders.ref, column: 'amount' },
      ]);
      const activity = await knex('activity')
        .where('entity_ref', orders.ref)
        .orderBy('id');
      expect(activity.map(a => a.summary)).toEqual([
        `Linked ${orders.ref} and glossary term Revenue`,
        `Linked ${orders.ref} column amount and glossary term Revenue`,
      ]);

      const unlinked = await request(app)
        .delete(links)
        .set(alice)
        .send({ entityRef: orders.ref })
        .expect(200);
      expect(unlinked.body.links).toEqual([
        { entityRef: orders.ref, column: 'amount' },
      ]);
      await request(app)
        .delete(links)
        .set(alice)
        .send({ entityRef: orders.ref })
        .expect(404);
      await request(app)
        .delete(
          `${links}?entityRef=${encodeURIComponent(orders.ref)}&column=amount`,
        )
        .set(alice)
        .expect(200);
      expect(await knex('glossary_links')).toEqual([]);
      // A deprecated term keeps its links but takes no new ones.
      await request(app)
        .post(links)
        .set(alice)
        .send({ entityRef: orders.ref })
        .expect(201);
      await transition(app, id, { action: 'deprecate' }).expect(200);
      await request(app)
        .post(links)
        .set(alice)
        .send({ entityRef: orders.ref, column: 'id' })
        .expect(409);
      expect(await knex('glossary_links')).toHaveLength(1);
    },
  );
});
