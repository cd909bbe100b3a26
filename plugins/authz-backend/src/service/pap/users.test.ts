import request from 'supertest';
import { describeOnBothDatabases } from '@internal/testing';
import { createTestRole } from '../../database/__testUtils__/papTestDatabase';
import {
  adminRef,
  asAdmin,
  createOrgTestApp,
  expectAuthErrors,
  expectErrors,
  expectSignInToRead,
  inPath,
} from './__testUtils__/papTestApp';

const alice = 'user:default/alice.kim';
const bob = 'user:default/bob.lee';

describeOnBothDatabases('PAP /users', databases => {
  it.each(databases.eachSupportedId())(
    'authenticates and authorizes every route on %p',
    async databaseId => {
      const { app, revision } = await createOrgTestApp(databases, databaseId, [
        'authz.user.read',
      ]);
      const start = await revision();
      await expectSignInToRead(app, ['/users', `/users/${inPath(alice)}`]);
      await expectAuthErrors(app, 'authz.user.manage', [
        ['post', '/users'],
        ['patch', `/users/${inPath(bob)}`],
        ['delete', `/users/${inPath(bob)}`],
        ['post', '/users/bulk'],
        ['post', '/users/import'],
      ]);
      expect(await revision()).toBe(start);
    },
  );

  it.each(databases.eachSupportedId())(
    'lists and reads users on %p',
    async databaseId => {
      const { app } = await createOrgTestApp(databases, databaseId);
      const list = await request(app)
        .get('/users?q=kim&status=active&sort=email&order=desc&limit=10')
        .set(asAdmin)
        .expect(200);
      expect(list.body).toMatchObject({
        totalCount: 1,
        items: [{ ref: alice }],
      });

      const one = await request(app)
        .get(`/users/${inPath(alice)}`)
        .set(asAdmin)
        .expect(200);
      expect(one.body).toMatchObject({
        ref: alice,
        groupRefs: ['group:default/platform-team'],
      });
      await request(app)
        .get(`/users/${inPath('user:default/nobody')}`)
        .set(asAdmin)
        .expect(404);

      const badRef = await request(app)
        .get('/users/alice')
        .set(asAdmin)
        .expect(400);
      expect(badRef.body.error.message).toMatch(
        /ref: must be a user entity ref/,
      );
      const badSort = await request(app)
        .get('/users?sort=password')
        .set(asAdmin)
        .expect(400);
      expect(badSort.body.error.message).toMatch(
        /^sort: unknown field "password"/,
      );
      const badLimit = await request(app)
        .get('/users?limit=0')
        .set(asAdmin)
        .expect(400);
      expect(badLimit.body.error.message).toMatch(/limit: /);
    },
  );

  it.each(databases.eachSupportedId())(
    'creates, edits and deletes users on %p',
    async databaseId => {
      const { app, changes, revision } = await createOrgTestApp(
        databases,
        databaseId,
      );
      const start = await revision();
      const created = await request(app)
        .post('/users')
        .set(asAdmin)
        .send({
          name: 'carol.park',
          email: 'carol@acme.example',
          groupRefs: ['group:default/guests'],
        })
        .expect(201);
      expect(created.body).toMatchObject({
        ref: 'user:default/carol.park',
        status: 'active',
        source: 'local',
      });
      const ref = inPath(created.body.ref);
      const patched = await request(app)
        .patch(`/users/${ref}`)
        .set(asAdmin)
        .send({ status: 'disabled', departmentRef: 'group:default/finance' })
        .expect(200);
      expect(patched.body).toMatchObject({
        status: 'disabled',
        departmentRef: 'group:default/finance',
      });
      await request(app).delete(`/users/${ref}`).set(asAdmin).expect(204);
      await request(app).get(`/users/${ref}`).set(asAdmin).expect(404);
      await request(app).delete(`/users/${ref}`).set(asAdmin).expect(404);

      expect(await revision()).toBe(start + 3);
      expect(changes.changes.map(c => [c.action, c.actor])).toEqual([
        ['authz.user.create', adminRef],
        ['authz.user.update', adminRef],
        ['authz.user.delete', adminRef],
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'rejects bad input with the field named and changes nothing on %p',
    async databaseId => {
      const { app, changes, revision } = await createOrgTestApp(
        databases,
        databaseId,
      );
      const start = await revision();
      await expectErrors(app, [
        [400, /email: /, 'post', '/users', { name: 'x', email: 'nope' }],
        [
          400,
          /name: must be a catalog name/,
          'post',
          '/users',
          { name: 'Bad Name' },
        ],
        [400, /admin/, 'post', '/users', { name: 'x', admin: true }],
        [409, /already exists/, 'post', '/users', { name: 'bob.lee' }],
        [
          400,
          /departmentRef: no department group:default\/nope/,
          'post',
          '/users',
          { name: 'x', departmentRef: 'group:default/nope' },
        ],
        [400, /status: /, 'patch', `/users/${inPath(bob)}`, { status: 'gone' }],
        [
          409,
          /displayName: .* comes from the catalog/,
          'patch',
          `/users/${inPath(alice)}`,
          { displayName: 'A' },
        ],
        [409, /disable it instead/, 'delete', `/users/${inPath(alice)}`],
        [
          400,
          /action: /,
          'post',
          '/users/bulk',
          { action: 'promote', refs: [bob] },
        ],
        [
          400,
          /refs\[0\]: must be a user entity ref/,
          'post',
          '/users/bulk',
          { action: 'disable', refs: ['bob'] },
        ],
      ]);
      expect(await revision()).toBe(start);
      expect(changes.changes).toEqual([]);
      const list = await request(app).get('/users').set(asAdmin);
      expect(list.body.totalCount).toBe(2);
    },
  );

  it.each(databases.eachSupportedId())(
    'applies bulk actions with a result per user on %p',
    async databaseId => {
      const { app, stores, revision } = await createOrgTestApp(
        databases,
        databaseId,
      );
      const role = await createTestRole(stores);
      const start = await revision();
      const disabled = await request(app)
        .post('/users/bulk')
        .set(asAdmin)
        .send({ action: 'disable', refs: [alice, bob, 'user:default/nobody'] })
        .expect(200);
      expect(disabled.body.results).toEqual([
        { ref: alice, status: 'succeeded' },
        { ref: bob, status: 'succeeded' },
        {
          ref: 'user:default/nobody',
          status: 'failed',
          message: 'No user user:default/nobody',
        },
      ]);
      await request(app)
        .post('/users/bulk')
        .set(asAdmin)
        .send({ action: 'attachRole', roleId: role.id, refs: [alice, bob] })
        .expect(200);
      expect((await stores.roles.get(role.id)).userCount).toBe(2);
      const badRole = await request(app)
        .post('/users/bulk')
        .set(asAdmin)
        .send({ action: 'detachRole', roleId: 'nope', refs: [alice] })
        .expect(400);
      expect(badRole.body.error.message).toBe('roleId: no role nope');
      expect(await revision()).toBe(start + 2);
    },
  );
});
