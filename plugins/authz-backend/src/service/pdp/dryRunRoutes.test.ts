import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { describeOnBothDatabases } from '@internal/testing';
import request from 'supertest';
import { authzPlugin } from '../../plugin';

const admin = 'user:default/alice.kim';

describeOnBothDatabases('POST /dry-run', databases => {
  it.each(databases.eachSupportedId())(
    'answers service principals and users allowed to simulate, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const { server } = await startTestBackend({
        features: [
          authzPlugin,
          mockServices.database.factory({ knex }),
          mockServices.rootConfig.factory({
            data: { authz: { bootstrap: { administrators: [admin] } } },
          }),
          // Users are denied authz.decision.simulate; services skip policy.
          mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
          catalogServiceMock.factory({ entities: [] }),
        ],
      });
      const body = {
        principal: { userRef: admin },
        permission: { name: 'authz.policy.update' },
      };

      await request(server)
        .post('/api/authz/dry-run')
        .set({ Authorization: mockCredentials.none.header() })
        .send(body)
        .expect(401);
      const denied = await request(server)
        .post('/api/authz/dry-run')
        .set({ Authorization: mockCredentials.user.header(admin) })
        .send(body)
        .expect(403);
      expect(denied.body.error.message).toContain('authz.decision.simulate');

      const asService = {
        Authorization: mockCredentials.service.header({
          onBehalfOf: mockCredentials.service('plugin:ai-ops'),
          targetPluginId: 'authz',
        }),
      };
      const allowed = await request(server)
        .post('/api/authz/dry-run')
        .set(asService)
        .send(body)
        .expect(200);
      expect(allowed.body.current).toMatchObject({
        result: 'ALLOW',
        summary: expect.stringContaining('AdministratorAccess'),
      });
      const nobody = await request(server)
        .post('/api/authz/dry-run')
        .set(asService)
        .send({ ...body, principal: { userRef: 'user:default/nobody' } })
        .expect(200);
      expect(nobody.body.current.result).toBe('DENY');
    },
  );
});
