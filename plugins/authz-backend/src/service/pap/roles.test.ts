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
} from './__testUtils__/papTestApp';

const document = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'catalog.*', Resource: '*' }],
};

describeOnBothDatabases('PAP /roles', databases => {
  it.each(databases.eachSupportedId())(
    'authenticates and authorizes every route on %p',
    async databaseId => {
      const { app, stores, revision } = await createOrgTestApp(
        databases,
        databaseId,
        ['authz.role.read'],
      );
      const role = await createTestRole(stores);
      const start = await revision();
      await expectSignInToRead(app, [
        '/roles',
        `/roles/${role.id}`,
        `/roles/${role.id}/holders`,
      ]);
      await expectAuthErrors(app, 'authz.role.manage', [
        ['post', '/roles'],
        ['patch', `/roles/${role.id}`],
        ['delete', `/roles/${role.id}`],
        ['post', `/roles/${role.id}/holders/attach`],
        ['post', `/roles/${role.id}/holders/detach`],
        ['post', `/roles/${role.id}/policies/attach`],
        ['post', `/roles/${role.id}/policies/detach`],
      ]);
      expect(await revision()).toBe(start);
    },
  );

  it.each(databases.eachSupportedId())(
    'manages roles, holders and policies on %p',
    async databaseId => {
      const { app, stores, revision } = await createOrgTestApp(
        databases,
        databaseId,
      );
      const policy = await stores.policies.create(adminRef, {
        name: 'P',
        active: true,
        document: document as never,
      });
      const start = await revision();

      const created = await request(app)
        .post('/roles')
        .set(asAdmin)
        .send({ name: 'Operators', description: 'Run things' })
        .expect(201);
      expect(created.body).toMatchObject({
        type: 'custom',
        active: true,
        allUsers: false,
      });
      const id = created.body.id;

      const attached = await request(app)
        .post(`/roles/${id}/holders/attach`)
        .set(asAdmin)
        .send({
          holders: [
            { kind: 'user', ref: 'user:default/alice.kim' },
            { kind: 'group', ref: 'group:default/guests' },
            { kind: 'department', ref: 'group:default/finance' },
          ],
        })
        .expect(200);
      expect(attached.body).toMatchObject({
        userCount: 1,
        groupCount: 1,
        departmentCount: 1,
      });
      const holders = await request(app)
        .get(`/roles/${id}/holders`)
        .set(asAdmin)
        .expect(200);
      expect(holders.body.totalCount).toBe(3);
      await request(app)
        .post(`/roles/${id}/holders/detach`)
        .set(asAdmin)
        .send({ holders: [{ kind: 'group', ref: 'group:default/guests' }] })
        .expect(200);

      const withPolicy = await request(app)
        .post(`/roles/${id}/policies/attach`)
        .set(asAdmin)
        .send({ policyIds: [policy.id] })
        .expect(200);
      expect(withPolicy.body.policyIds).toEqual([policy.id]);
      await request(app)
        .post(`/roles/${id}/policies/detach`)
        .set(asAdmin)
        .send({ policyIds: [policy.id] })
        .expect(200);

      await request(app)
        .patch(`/roles/${id}`)
        .set(asAdmin)
        .send({ active: false })
        .expect(200);
      const inactive = await request(app)
        .get('/roles?active=false&type=custom')
        .set(asAdmin)
        .expect(200);
      expect(inactive.body.items.map((r: { id: string }) => r.id)).toEqual([
        id,
      ]);
      const system = await request(app)
        .get('/roles?type=system')
        .set(asAdmin)
        .expect(200);
      expect(system.body.totalCount).toBe(0);

      await request(app).delete(`/roles/${id}`).set(asAdmin).expect(204);
      await request(app).get(`/roles/${id}`).set(asAdmin).expect(404);
      expect(await revision()).toBe(start + 7);
    },
  );

  it.each(databases.eachSupportedId())(
    'rejects bad input with the field named and changes nothing on %p',
    async databaseId => {
      const { app, stores, revision, changes, knex } = await createOrgTestApp(
        databases,
        databaseId,
      );
      const role = await createTestRole(stores, 'Ops');
      await knex('authz_roles').insert({
        id: 'system-role',
        name: 'System',
        type: 'system',
        active: true,
        all_users: false,
        created_at: new Date(),
        updated_at: new Date(),
      });
      const start = await revision();
      const recorded = changes.changes.length;
      await expectErrors(app, [
        [400, /name: /, 'post', '/roles', { name: '' }],
        [400, /type/, 'post', '/roles', { name: 'X', type: 'system' }],
        [409, /already exists/, 'post', '/roles', { name: 'Ops' }],
        [400, /active: /, 'patch', `/roles/${role.id}`, { active: 'yes' }],
        [400, /active: /, 'get', '/roles?active=maybe'],
        [400, /^sort: unknown field/, 'get', '/roles?sort=holders'],
        [409, /system role/, 'delete', '/roles/system-role'],
        [404, /No role nope/, 'delete', '/roles/nope'],
        [
          400,
          /holders\[0\]\.ref: must be a group entity ref/,
          'post',
          `/roles/${role.id}/holders/attach`,
          { holders: [{ kind: 'department', ref: 'user:default/alice.kim' }] },
        ],
        [
          400,
          /holders: /,
          'post',
          `/roles/${role.id}/holders/attach`,
          { holders: [] },
        ],
        [
          404,
          /No role nope/,
          'post',
          '/roles/nope/holders/attach',
          { holders: [{ kind: 'user', ref: 'user:default/x' }] },
        ],
        [
          400,
          /policyIds\[0\]: no policy nope/,
          'post',
          `/roles/${role.id}/policies/attach`,
          { policyIds: ['nope'] },
        ],
      ]);
      expect(await revision()).toBe(start);
      expect(changes.changes).toHaveLength(recorded);
    },
  );
});
