import request from 'supertest';
import { describeOnBothDatabases } from '@internal/testing';
import {
  adminRef,
  asAdmin,
  createOrgTestApp,
  createPapTestApp,
} from './__testUtils__/papTestApp';

describeOnBothDatabases('PAP /stats', databases => {
  it.each(databases.eachSupportedId())(
    'counts the model on %p',
    async databaseId => {
      const { app, stores } = await createOrgTestApp(databases, databaseId);
      await stores.users.update(adminRef, 'user:default/bob.lee', {
        status: 'disabled',
      });
      await stores.roles.create(adminRef, {
        name: 'On',
        active: true,
        allUsers: false,
      });
      await stores.roles.create(adminRef, {
        name: 'Off',
        active: false,
        allUsers: false,
      });
      await stores.policies.create(adminRef, {
        name: 'P',
        active: false,
        document: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
        },
      });

      await request(app).get('/stats').expect(401);
      const response = await request(app)
        .get('/stats')
        .set(asAdmin)
        .expect(200);
      expect(response.body).toEqual({
        users: { total: 2, active: 1, disabled: 1 },
        groups: 2,
        departments: 4,
        roles: { total: 2, active: 1 },
        policies: { total: 1, active: 0 },
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'needs every read permission on %p',
    async databaseId => {
      const { app } = await createPapTestApp(databases, databaseId, [
        'authz.user.read',
        'authz.group.read',
        'authz.department.read',
        'authz.role.read',
      ]);
      const denied = await request(app).get('/stats').set(asAdmin).expect(403);
      expect(denied.body.error.message).toMatch(/authz\.policy\.read denied/);
    },
  );
});
