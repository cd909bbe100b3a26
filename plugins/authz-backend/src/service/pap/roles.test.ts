import { createPortalTestDatabases } from '@internal/testing';
import request from 'supertest';
import { insertOrgFixture } from '../../database/__testUtils__/papTestDatabase';
import {
  adminRef,
  asAdmin,
  createPapTestApp,
} from './__testUtils__/papTestApp';

jest.setTimeout(60_000);

const document = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'catalog.*', Resource: '*' }],
};

describe('PAP /roles', () => {
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
      const { app, stores } = await setup(databaseId, ['authz.role.read']);
      const role = await stores.roles.create(adminRef, {
        name: 'R',
        active: true,
        allUsers: false,
      });
      for (const path of [
        '/roles',
        `/roles/${role.id}`,
        `/roles/${role.id}/holders`,
      ]) {
        await request(app).get(path).expect(401);
        await request(app).get(path).set(asAdmin).expect(200);
      }
      for (const [method, path] of [
        ['post', '/roles'],
        ['patch', `/roles/${role.id}`],
        ['delete', `/roles/${role.id}`],
        ['post', `/roles/${role.id}/holders/attach`],
        ['post', `/roles/${role.id}/holders/detach`],
        ['post', `/roles/${role.id}/policies/attach`],
        ['post', `/roles/${role.id}/policies/detach`],
      ] as const) {
        await request(app)[method](path).send({}).expect(401);
        const denied = await request(app)[method](path).set(asAdmin).send({});
        expect(denied.status).toBe(403);
        expect(denied.body.error.message).toMatch(/authz\.role\.manage denied/);
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'manages roles, holders and policies on %p',
    async databaseId => {
      const { app, stores, revision } = await setup(databaseId);
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
      const { app, stores, revision, changes, knex } = await setup(databaseId);
      const role = await stores.roles.create(adminRef, {
        name: 'Ops',
        active: true,
        allUsers: false,
      });
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
        request(app).post('/roles').send({ name: '' }),
        400,
        /name: /,
      );
      await check(
        request(app).post('/roles').send({ name: 'X', type: 'system' }),
        400,
        /type/,
      );
      await check(
        request(app).post('/roles').send({ name: 'Ops' }),
        409,
        /already exists/,
      );
      await check(
        request(app).patch(`/roles/${role.id}`).send({ active: 'yes' }),
        400,
        /active: /,
      );
      await check(request(app).get('/roles?active=maybe'), 400, /active: /);
      await check(
        request(app).get('/roles?sort=holders'),
        400,
        /^sort: unknown field/,
      );
      await check(
        request(app).delete('/roles/system-role'),
        409,
        /system role/,
      );
      await check(request(app).delete('/roles/nope'), 404, /No role nope/);
      await check(
        request(app)
          .post(`/roles/${role.id}/holders/attach`)
          .send({
            holders: [{ kind: 'department', ref: 'user:default/alice.kim' }],
          }),
        400,
        /holders\[0\]\.ref: must be a group entity ref/,
      );
      await check(
        request(app)
          .post(`/roles/${role.id}/holders/attach`)
          .send({ holders: [] }),
        400,
        /holders: /,
      );
      await check(
        request(app)
          .post('/roles/nope/holders/attach')
          .send({ holders: [{ kind: 'user', ref: 'user:default/x' }] }),
        404,
        /No role nope/,
      );
      await check(
        request(app)
          .post(`/roles/${role.id}/policies/attach`)
          .send({ policyIds: ['nope'] }),
        400,
        /policyIds\[0\]: no policy nope/,
      );
      expect(await revision()).toBe(start);
      expect(changes.changes).toHaveLength(recorded);
    },
  );
});
