import { createPortalTestDatabases } from '@internal/testing';
import request from 'supertest';
import { insertOrgFixture } from '../../database/__testUtils__/papTestDatabase';
import { asAdmin, createPapTestApp, inPath } from './__testUtils__/papTestApp';

jest.setTimeout(60_000);

const alice = 'user:default/alice.kim';
const bob = 'user:default/bob.lee';
const guests = inPath('group:default/guests');

describe('PAP /groups', () => {
  const databases = createPortalTestDatabases();

  async function setup(
    databaseId: Parameters<typeof databases.init>[0],
    allowed?: string[],
  ) {
    const test = await createPapTestApp(databases, databaseId, allowed);
    await insertOrgFixture(test.knex);
    return test;
  }

  it.each(databases.eachSupportedId())(
    'authenticates and authorizes every route on %p',
    async databaseId => {
      const { app } = await setup(databaseId, ['authz.group.read']);
      await request(app).get('/groups').expect(401);
      await request(app).get(`/groups/${guests}`).expect(401);
      await request(app).get('/groups').set(asAdmin).expect(200);
      await request(app).get(`/groups/${guests}`).set(asAdmin).expect(200);
      for (const [method, path] of [
        ['post', '/groups'],
        ['patch', `/groups/${guests}`],
        ['delete', `/groups/${guests}`],
        ['put', `/groups/${guests}/members`],
        ['post', `/groups/${guests}/members/${inPath(alice)}`],
        ['delete', `/groups/${guests}/members/${inPath(bob)}`],
      ] as const) {
        await request(app)[method](path).send({}).expect(401);
        const denied = await request(app)[method](path).set(asAdmin).send({});
        expect(denied.status).toBe(403);
        expect(denied.body.error.message).toMatch(
          /authz\.group\.manage denied/,
        );
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'creates groups and edits their members on %p',
    async databaseId => {
      const { app, revision } = await setup(databaseId);
      const start = await revision();
      const list = await request(app)
        .get('/groups?q=team&sort=title')
        .set(asAdmin)
        .expect(200);
      expect(list.body).toMatchObject({
        totalCount: 1,
        items: [{ name: 'platform-team', memberCount: 1 }],
      });

      const created = await request(app)
        .post('/groups')
        .set(asAdmin)
        .send({ name: 'reviewers', title: 'Reviewers' })
        .expect(201);
      const ref = inPath(created.body.ref);
      await request(app)
        .patch(`/groups/${ref}`)
        .set(asAdmin)
        .send({ description: 'Review code' })
        .expect(200);
      const replaced = await request(app)
        .put(`/groups/${ref}/members`)
        .set(asAdmin)
        .send({ memberRefs: [alice, bob] })
        .expect(200);
      expect(replaced.body).toMatchObject({
        memberRefs: [alice, bob],
        memberCount: 2,
      });
      const removed = await request(app)
        .delete(`/groups/${ref}/members/${inPath(alice)}`)
        .set(asAdmin)
        .expect(200);
      expect(removed.body.memberRefs).toEqual([bob]);
      const added = await request(app)
        .post(`/groups/${ref}/members/${inPath(alice)}`)
        .set(asAdmin)
        .expect(200);
      expect(added.body.memberRefs).toEqual([alice, bob]);
      await request(app).delete(`/groups/${ref}`).set(asAdmin).expect(204);
      await request(app).get(`/groups/${ref}`).set(asAdmin).expect(404);
      expect(await revision()).toBe(start + 6);
    },
  );

  it.each(databases.eachSupportedId())(
    'rejects bad input with the field named and changes nothing on %p',
    async databaseId => {
      const { app, revision, changes } = await setup(databaseId);
      const start = await revision();
      const check = async (
        call: request.Test,
        status: number,
        message: RegExp,
      ) => {
        const response = await call.set(asAdmin);
        expect(response.status).toBe(status);
        expect(response.body.error.message).toMatch(message);
      };
      await check(
        request(app).post('/groups').send({ title: 'No name' }),
        400,
        /name: /,
      );
      await check(
        request(app).post('/groups').send({ name: 'guests' }),
        409,
        /already exists/,
      );
      await check(
        request(app).patch(`/groups/${guests}`).send({ name: 'renamed' }),
        400,
        /name/,
      );
      await check(
        request(app).get('/groups/guests'),
        400,
        /ref: must be a group entity ref/,
      );
      await check(
        request(app).get(`/groups/${inPath('group:default/none')}`),
        404,
        /No group/,
      );
      await check(
        request(app)
          .put(`/groups/${guests}/members`)
          .send({ memberRefs: [alice, 'bob'] }),
        400,
        /memberRefs\[1\]: must be a user entity ref/,
      );
      await check(
        request(app)
          .put(`/groups/${guests}/members`)
          .send({ memberRefs: ['user:default/nobody'] }),
        400,
        /memberRefs\[0\]: no user user:default\/nobody/,
      );
      await check(
        request(app).post(
          `/groups/${inPath('group:default/platform-team')}/members/${inPath(
            bob,
          )}`,
        ),
        409,
        /comes from the catalog/,
      );
      await check(
        request(app).delete(`/groups/${guests}/members/${inPath(alice)}`),
        404,
        /is not a member/,
      );
      expect(await revision()).toBe(start);
      expect(changes.changes).toEqual([]);
    },
  );
});
