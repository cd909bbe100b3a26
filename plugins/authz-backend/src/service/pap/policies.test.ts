import request from 'supertest';
import { describeOnBothDatabases } from '@internal/testing';
import { createTestRole } from '../../database/__testUtils__/papTestDatabase';
import {
  adminRef,
  asAdmin,
  createPapTestApp,
  expectAuthErrors,
  expectErrors,
  expectSignInToRead,
} from './__testUtils__/papTestApp';

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

describeOnBothDatabases('PAP /policies', databases => {
  it.each(databases.eachSupportedId())(
    'authenticates and authorizes every route on %p',
    async databaseId => {
      const { app, stores, revision } = await createPapTestApp(
        databases,
        databaseId,
        ['authz.policy.read'],
      );
      const policy = await stores.policies.create(adminRef, {
        name: 'P',
        active: true,
        document: allowCatalog as never,
      });
      const start = await revision();
      await expectSignInToRead(app, [
        '/policies',
        '/policies/export',
        `/policies/${policy.id}`,
        `/policies/${policy.id}/versions`,
      ]);
      await expectAuthErrors(app, 'authz.policy.update', [
        ['post', '/policies'],
        ['patch', `/policies/${policy.id}`],
        ['delete', `/policies/${policy.id}`],
      ]);
      expect(await revision()).toBe(start);
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
      const role = await createTestRole(stores);
      await stores.roles.attachPolicies(adminRef, role.id, [policy.id]);
      const start = await revision();
      const recorded = changes.changes.length;
      const badEffect = {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Maybe', Action: '*', Resource: '*' }],
      };
      await expectErrors(app, [
        [
          400,
          /document\.Statement\[0\]\.Effect: Invalid option/,
          'post',
          '/policies',
          { name: 'Bad', document: badEffect },
        ],
        [
          400,
          /document\.Statement\[0\]\.Resource: exactly one of Resource or NotResource/,
          'patch',
          `/policies/${policy.id}`,
          {
            document: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: '*' }],
            },
          },
        ],
        [
          400,
          /name: must be 1-128/,
          'post',
          '/policies',
          { name: 'has space', document: allowCatalog },
        ],
        [
          409,
          /already exists/,
          'post',
          '/policies',
          { name: 'P', document: allowCatalog },
        ],
        [409, /detach it first/, 'delete', `/policies/${policy.id}`],
        [404, /No policy nope/, 'patch', '/policies/nope', { active: false }],
        [400, /^sort: unknown field/, 'get', '/policies?sort=document'],
      ]);
      expect(await revision()).toBe(start);
      expect(changes.changes).toHaveLength(recorded);
      expect((await stores.policies.get(policy.id)).version).toBe(1);
    },
  );
});
