import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { describeOnBothDatabases } from '@internal/testing';
import { demoOrgEntities } from './catalogSync/__testUtils__/demoOrg';
import { authzPlugin } from './plugin';

const alice = 'user:default/alice.kim';

describeOnBothDatabases('authzPlugin', databases => {
  it.each(databases.eachSupportedId())(
    'migrates, seeds, syncs the catalog and serves /api/authz on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const scheduler = mockServices.scheduler.mock();
      const events = mockServices.events.mock();
      const { server } = await startTestBackend({
        features: [
          authzPlugin,
          mockServices.database.factory({ knex }),
          mockServices.rootConfig.factory({
            data: { authz: { bootstrap: { administrators: [alice] } } },
          }),
          mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
          scheduler.factory,
          events.factory,
          catalogServiceMock.factory({ entities: demoOrgEntities() }),
        ],
      });
      const asAlice = { Authorization: mockCredentials.user.header(alice) };

      await request(server)
        .get('/api/authz/roles')
        .set({ Authorization: mockCredentials.none.header() })
        .expect(401);
      const roles = await request(server)
        .get('/api/authz/roles')
        .set(asAlice)
        .expect(200);
      expect(roles.body.items.map((r: { name: string }) => r.name)).toEqual([
        'AI-Ops Administrator',
        'AI-Ops Workspace Member',
        'Catalog Owner Editor',
        'Data Steward',
        'Platform Administrator',
        'Portal Reader',
        'VM Owner',
        'Virtualization Operator',
      ]);
      const admin = roles.body.items.find(
        (r: { name: string }) => r.name === 'Platform Administrator',
      );
      const holders = await request(server)
        .get(`/api/authz/roles/${admin.id}/holders`)
        .set(asAlice)
        .expect(200);
      expect(holders.body.items).toEqual([{ kind: 'user', ref: alice }]);

      const [sync] = scheduler.scheduleTask.mock.calls
        .map(([task]) => task)
        .filter(task => task.id === 'authz-catalog-sync');
      expect(sync).toMatchObject({
        scope: 'global',
        frequency: { minutes: 5 },
      });
      await sync.fn(new AbortController().signal);
      const users = await request(server)
        .get('/api/authz/users')
        .set(asAlice)
        .expect(200);
      expect(users.body.totalCount).toBe(11);
      const alicesRoles = await request(server)
        .get(`/api/authz/users/${encodeURIComponent(alice)}`)
        .set(asAlice)
        .expect(200);
      expect(alicesRoles.body.roleIds).toEqual([admin.id]);

      const imported = await request(server)
        .post('/api/authz/users/import')
        .set(asAlice)
        .set('Content-Type', 'text/csv')
        .send('name,status\nlocal.user,active\n')
        .expect(200);
      expect(imported.body.summary.created).toBe(1);

      const published = events.publish.mock.calls.map(([params]) => params);
      expect(published.length).toBeGreaterThanOrEqual(3);
      expect(
        published.every(p => p.topic === 'platform-portal.authz.changed'),
      ).toBe(true);
      const revisions = published.map(
        p => (p.eventPayload as { revision: number }).revision,
      );
      expect(revisions).toEqual([...revisions].sort((a, b) => a - b));

      const changes = await request(server)
        .get('/api/authz/audit/entries?kind=change')
        .set(asAlice)
        .expect(200);
      expect(JSON.stringify(changes.body)).toContain('authz.catalog.sync');
    },
  );
});
