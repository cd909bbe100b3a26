import { createPortalTestDatabases } from '@internal/testing';
import request from 'supertest';
import {
  adminRef,
  asAdmin,
  createPapTestApp,
} from './__testUtils__/papTestApp';

jest.setTimeout(60_000);

const allowCatalog = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Catalog', Effect: 'Allow', Action: 'catalog.*', Resource: '*' },
  ],
};
const denyHarvester = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: ['harvester.*'], Resource: '*' }],
};

describe('PAP /policies', () => {
  const databases = createPortalTestDatabases();

  it.each(databases.eachSupportedId())(
    'authenticates and authorizes every route on %p',
    async databaseId => {
      const { app } = await createPapTestApp(databases, databaseId, [
        'authz.policy.read',
      ]);
      const created = await createPapTestApp(databases, databaseId);
      const policy = await created.stores.policies.create(adminRef, {
        name: 'P',
        active: true,
        document: allowCatalog as never,
      });
      for (const path of [
        '/policies',
        '/policies/export',
        `/policies/${policy.id}`,
        `/policies/${policy.id}/versions`,
      ]) {
        await request(app).get(path).expect(401);
      }
      await request(app).get('/policies').set(asAdmin).expect(200);
      for (const [method, path] of [
        ['post', '/policies'],
        ['patch', `/policies/${policy.id}`],
        ['delete', `/policies/${policy.id}`],
      ] as const) {
        await request(app)[method](path).send({}).expect(401);
        const denied = await request(app)[method](path).set(asAdmin).send({});
        expect(denied.status).toBe(403);
        expect(denied.body.error.message).toMatch(
          /authz\.policy\.update denied/,
        );
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'creates, versions, exports and deletes policies on %p',
    async databaseId => {
      const { app, revision, changes } = await createPapTestApp(
        databases,
        databaseId,
      );
      const start = await revision();
      const created = await request(app)
        .post('/policies')
        .set(asAdmin)
        .send({ name: 'CatalogAccess', document: allowCatalog })
        .expect(201);
      expect(created.body).toMatchObject({
        version: 1,
        active: true,
        updatedBy: adminRef,
      });
      const id = created.body.id;

      const updated = await request(app)
        .patch(`/policies/${id}`)
        .set(asAdmin)
        .send({ document: denyHarvester })
        .expect(200);
      expect(updated.body).toMatchObject({
        version: 2,
        document: denyHarvester,
      });
      await request(app)
        .patch(`/policies/${id}`)
        .set(asAdmin)
        .send({ active: false })
        .expect(200);

      const versions = await request(app)
        .get(`/policies/${id}/versions`)
        .set(asAdmin)
        .expect(200);
      expect(
        versions.body.items.map((v: { version: number }) => v.version),
      ).toEqual([3, 2, 1]);
      expect(versions.body.items[2].document).toEqual(allowCatalog);

      const other = await request(app)
        .post('/policies')
        .set(asAdmin)
        .send({ name: 'Other', description: 'second', document: allowCatalog })
        .expect(201);
      const listed = await request(app)
        .get('/policies?active=true&q=second')
        .set(asAdmin)
        .expect(200);
      expect(listed.body).toMatchObject({
        totalCount: 1,
        items: [{ name: 'Other' }],
      });

      const all = await request(app)
        .get('/policies/export')
        .set(asAdmin)
        .expect(200);
      expect(all.headers['content-disposition']).toBe(
        'attachment; filename="authz-policies.json"',
      );
      expect(all.headers['content-type']).toMatch(/^application\/json/);
      const exported = JSON.parse(all.text);
      expect(exported.policies.map((p: { name: string }) => p.name)).toEqual([
        'CatalogAccess',
        'Other',
      ]);
      const subset = await request(app)
        .get(`/policies/export?ids=${other.body.id}`)
        .set(asAdmin)
        .expect(200);
      expect(JSON.parse(subset.text).policies).toHaveLength(1);
      await request(app)
        .get(`/policies/export?ids=${other.body.id},nope`)
        .set(asAdmin)
        .expect(404);

      await request(app).delete(`/policies/${id}`).set(asAdmin).expect(204);
      await request(app).get(`/policies/${id}`).set(asAdmin).expect(404);
      await request(app)
        .get(`/policies/${id}/versions`)
        .set(asAdmin)
        .expect(404);
      expect(await revision()).toBe(start + 5);
      expect(changes.actions()).toEqual([
        'authz.policy.create',
        'authz.policy.update',
        'authz.policy.update',
        'authz.policy.create',
        'authz.policy.delete',
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'rejects bad documents naming the JSON path and changes nothing on %p',
    async databaseId => {
      const { app, stores, revision, changes } = await createPapTestApp(
        databases,
        databaseId,
      );
      const policy = await stores.policies.create(adminRef, {
        name: 'P',
        active: true,
        document: allowCatalog as never,
      });
      const role = await stores.roles.create(adminRef, {
        name: 'R',
        active: true,
        allUsers: false,
      });
      await stores.roles.attachPolicies(adminRef, role.id, [policy.id]);
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
      const badEffect = {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Maybe', Action: '*', Resource: '*' }],
      };
      await check(
        request(app)
          .post('/policies')
          .send({ name: 'Bad', document: badEffect }),
        400,
        /document\.Statement\[0\]\.Effect: Invalid option/,
      );
      await check(
        request(app)
          .patch(`/policies/${policy.id}`)
          .send({
            document: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: '*' }],
            },
          }),
        400,
        /document\.Statement\[0\]\.Resource: exactly one of Resource or NotResource/,
      );
      await check(
        request(app)
          .post('/policies')
          .send({ name: 'has space', document: allowCatalog }),
        400,
        /name: must be 1-128/,
      );
      await check(
        request(app)
          .post('/policies')
          .send({ name: 'P', document: allowCatalog }),
        409,
        /already exists/,
      );
      await check(
        request(app).delete(`/policies/${policy.id}`),
        409,
        /detach it first/,
      );
      await check(
        request(app).patch('/policies/nope').send({ active: false }),
        404,
        /No policy nope/,
      );
      await check(
        request(app).get('/policies?sort=document'),
        400,
        /^sort: unknown field/,
      );
      expect(await revision()).toBe(start);
      expect(changes.changes).toHaveLength(recorded);
      expect((await stores.policies.get(policy.id)).version).toBe(1);
    },
  );
});
