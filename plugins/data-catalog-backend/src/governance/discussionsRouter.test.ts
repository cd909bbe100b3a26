import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import {
  expectForbidden,
  expectGuarded,
} from './__testUtils__/authExpectations';
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

describeOnBothDatabases('discussions', databases => {
  const setUp = governanceApps(databases);

  it.each(databases.eachSupportedId())(
    'refuses what it must, changing nothing, on %p',
    async databaseId => {
      const { app, knex, context } = await setUp(
        databaseId,
        grantsWithout(
          'data-catalog.table.read',
          'data-catalog.discussion.create',
          'data-catalog.discussion.moderate',
        ),
      );
      const threads = `${orders.path}/discussions`;
      const thread = { title: 'Why nulls?', body: 'amount is null sometimes' };
      await expectGuarded(
        app,
        {
          'data-catalog.table.read': [['get', threads]],
          'data-catalog.discussion.create': [
            ['post', threads, thread],
            ['post', '/discussions/x/replies', { body: 'b' }],
          ],
        },
        [
          ['patch', '/discussions/x', { resolved: true }],
          ['delete', '/discussions/x'],
        ],
      );
      context.grants['data-catalog.discussion.create'] = true;
      await expectForbidden(app, 'data-catalog.table.read', [
        ['post', threads, thread],
      ]);
      context.grants['data-catalog.table.read'] = true;

      const before = await rowCounts(knex);
      const post = (path: string, body: object) =>
        request(app).post(`${path}/discussions`).set(alice).send(body);
      await post(missingPath, thread).expect(404);
      await post(schemaPath, thread).expect(404);
      await post(orders.path, { ...thread, column: 'nope' }).expect(404);
      const noTitle = await post(orders.path, { body: 'b' }).expect(400);
      expect(noTitle.body.error.message).toMatch(/title: /);
      await request(app).get(`${threads}?column=nope`).set(alice).expect(404);
      await request(app)
        .post('/discussions/nope/replies')
        .set(alice)
        .send({ body: 'b' })
        .expect(404);
      await request(app)
        .patch('/discussions/nope')
        .set(alice)
        .send({ resolved: true })
        .expect(404);
      await request(app).delete('/discussions/nope').set(alice).expect(404);
      expect(await rowCounts(knex)).toEqual(before);

      const created = await post(orders.path, thread).expect(201);
      const id = created.body.id;
      const notBoolean = await request(app)
        .patch(`/discussions/${id}`)
        .set(alice)
        .send({ resolved: 'yes' })
        .expect(400);
      expect(notBoolean.body.error.message).toMatch(/resolved: /);
      const emptyReply = await request(app)
        .post(`/discussions/${id}/replies`)
        .set(alice)
        .send({ body: '' })
        .expect(400);
      expect(emptyReply.body.error.message).toMatch(/body: /);
      // Someone else's thread needs the moderate permission.
      const resolve = await request(app)
        .patch(`/discussions/${id}`)
        .set(bob)
        .send({ resolved: true })
        .expect(403);
      expect(resolve.body.error.message).toMatch(
        /data-catalog.discussion.moderate/,
      );
      await request(app).delete(`/discussions/${id}`).set(bob).expect(403);
      expect(
        (await request(app).get(threads).set(alice).expect(200)).body[0]
          .resolved,
      ).toBe(false);
    },
  );

  it.each(databases.eachSupportedId())(
    'holds threads with replies, resolved by author or moderator, on %p',
    async databaseId => {
      const { app, knex, context, audits } = await setUp(
        databaseId,
        grantsWithout('data-catalog.discussion.moderate'),
      );
      const threads = `${orders.path}/discussions`;
      const table = await request(app)
        .post(threads)
        .set(alice)
        .send({ title: 'Refresh?', body: 'How often is it loaded?' })
        .expect(201);
      const column = await request(app)
        .post(threads)
        .set(bob)
        .send({ column: 'email', title: 'Format', body: 'Lower case?' })
        .expect(201);
      expect(column.body).toEqual({
        id: expect.any(String),
        entityRef: orders.ref,
        column: 'email',
        title: 'Format',
        body: 'Lower case?',
        author: 'user:default/bob',
        resolved: false,
        createdAt: expect.any(String),
        replies: [],
      });
      for (const [user, body] of [
        [alice, 'Yes'],
        [bob, 'Thanks'],
      ] as const) {
        const reply = await request(app)
          .post(`/discussions/${column.body.id}/replies`)
          .set(user)
          .send({ body })
          .expect(201);
        expect(reply.body).toMatchObject({ threadId: column.body.id, body });
      }

      const all = await request(app).get(threads).set(alice).expect(200);
      expect(
        all.body.map((t: any) => [
          t.title,
          t.replies.map((r: any) => [r.author, r.body]),
        ]),
      ).toEqual([
        [
          'Format',
          [
            ['user:default/alice', 'Yes'],
            ['user:default/bob', 'Thanks'],
          ],
        ],
        ['Refresh?', []],
      ]);
      const emails = await request(app)
        .get(`${threads}?column=email`)
        .set(alice)
        .expect(200);
      expect(emails.body.map((t: any) => t.id)).toEqual([column.body.id]);

      const resolved = await request(app)
        .patch(`/discussions/${column.body.id}`)
        .set(bob)
        .send({ resolved: true })
        .expect(200);
      expect(resolved.body.resolved).toBe(true);
      context.grants['data-catalog.discussion.moderate'] = true;
      await request(app)
        .patch(`/discussions/${table.body.id}`)
        .set(bob)
        .send({ resolved: true })
        .expect(200);
      await request(app)
        .delete(`/discussions/${column.body.id}`)
        .set(alice)
        .expect(204);
      await request(app)
        .delete(`/discussions/${table.body.id}`)
        .set(alice)
        .expect(204);
      expect(await knex('discussion_replies')).toEqual([]);
      expect(
        (await request(app).get(threads).set(alice).expect(200)).body,
      ).toEqual([]);

      const activity = await knex('activity').orderBy('id');
      expect(
        activity.map(a => [a.type, a.entity_ref, a.actor, a.summary]),
      ).toEqual([
        [
          'discussion',
          orders.ref,
          'user:default/alice',
          'New discussion on shop.public.orders: Refresh?',
        ],
        [
          'discussion',
          orders.ref,
          'user:default/bob',
          'New discussion on shop.public.orders.email: Format',
        ],
      ]);
      const trail = await audits();
      expect(
        trail.map(e => [
          e.eventId,
          e.severityLevel,
          e.meta?.moderated,
          e.outcome,
        ]),
      ).toEqual([
        ['discussion-delete', 'medium', true, 'success'],
        ['discussion-delete', 'low', false, 'success'],
      ]);
      expect(trail[0].result.meta.before).toMatchObject({
        title: 'Format',
        replies: [{ body: 'Yes' }, { body: 'Thanks' }],
      });
    },
  );
});
