import request from 'supertest';
import { describeOnBothDatabases } from '@internal/testing';
import {
  asAdmin,
  createOrgTestApp,
  expectAuthErrors,
  expectErrors,
  expectSignInToRead,
  inPath,
} from './__testUtils__/papTestApp';

const alice = 'user:default/alice.kim';
const bob = 'user:default/bob.lee';
const guests = inPath('group:default/guests');
const platformTeam = inPath('group:default/platform-team');

describeOnBothDatabases('PAP /groups', databases => {
  it.each(databases.eachSupportedId())(
    'authenticates and authorizes every route on %p',
    async databaseId => {
      const { app, revision } = await createOrgTestApp(databases, databaseId, [
        'authz.group.read',
      ]);
      const start = await revision();
      await expectSignInToRead(app, ['/groups', `/groups/${guests}`]);
      await expectAuthErrors(app, 'authz.group.manage', [
        ['post', '/groups'],
        ['patch', `/groups/${guests}`],
        ['delete', `/groups/${guests}`],
        ['put', `/groups/${guests}/members`],
        ['post', `/groups/${guests}/members/${inPath(alice)}`],
        ['delete', `/groups/${guests}/members/${inPath(bob)}`],
      ]);
      expect(await revision()).toBe(start);
    },
  );

  it.each(databases.eachSupportedId())(
    'creates groups and edits their members on %p',
    async databaseId => {
      const { app, revision } = await createOrgTestApp(databases, databaseId);
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
      const { app, revision, changes } = await createOrgTestApp(
        databases,
        databaseId,
      );
      const start = await revision();
      await expectErrors(app, [
        [400, /name: /, 'post', '/groups', { title: 'No name' }],
        [409, /already exists/, 'post', '/groups', { name: 'guests' }],
        [400, /name/, 'patch', `/groups/${guests}`, { name: 'renamed' }],
        [400, /ref: must be a group entity ref/, 'get', '/groups/guests'],
        [404, /No group/, 'get', `/groups/${inPath('group:default/none')}`],
        [
          400,
          /memberRefs\[1\]: must be a user entity ref/,
          'put',
          `/groups/${guests}/members`,
          { memberRefs: [alice, 'bob'] },
        ],
        [
          400,
          /memberRefs\[0\]: no user user:default\/nobody/,
          'put',
          `/groups/${guests}/members`,
          { memberRefs: ['user:default/nobody'] },
        ],
        [
          409,
          /comes from the catalog/,
          'post',
          `/groups/${platformTeam}/members/${inPath(bob)}`,
        ],
        [
          404,
          /is not a member/,
          'delete',
          `/groups/${guests}/members/${inPath(alice)}`,
        ],
      ]);
      expect(await revision()).toBe(start);
      expect(changes.changes).toEqual([]);
    },
  );
});
