import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import permissionPlugin from '@backstage/plugin-permission-backend';
import authzPlugin from '@internal/plugin-authz-backend';
import request from 'supertest';
import policyModule from './index';

jest.setTimeout(60_000);

const alice = 'user:default/alice';
const nobody = 'user:default/nobody';
const as = (ref: string) => ({
  Authorization: mockCredentials.user.header(ref),
});

/** Retries until `check` passes: replicas reload and logs ship asynchronously. */
async function eventually(check: () => Promise<void>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise(r => setTimeout(r, 100));
    }
  }
}

/**
 * One in-process bus for all plugins, as the real events service is (the
 * default test mock gives each plugin its own, so nothing would arrive).
 */
const sharedEvents = mockServices.events();
const sharedEventsFactory = createServiceFactory({
  service: eventsServiceRef,
  deps: {},
  factory: () => sharedEvents,
});

describe('the OPA policy in a backend with the permission and authz plugins', () => {
  it('decides from the PAP, follows changes, explains denials and logs every decision', async () => {
    const { server } = await startTestBackend({
      features: [
        permissionPlugin,
        policyModule,
        authzPlugin,
        catalogServiceMock.factory({ entities: [] }),
        sharedEventsFactory,
        mockServices.rootConfig.factory({
          data: {
            permission: { enabled: true },
            authz: { bootstrap: { administrators: [alice] } },
          },
        }),
      ],
    });
    const authorize = async (ref: string, name: string) => {
      const response = await request(server)
        .post('/api/permission/authorize')
        .set(as(ref))
        .send({
          items: [
            { id: '1', permission: { type: 'basic', name, attributes: {} } },
          ],
        })
        .expect(200);
      return response.body.items[0].result as string;
    };

    expect(await authorize(alice, 'catalog.entity.create')).toBe('ALLOW');
    expect(await authorize(nobody, 'catalog.entity.create')).toBe('DENY');

    // A 403 of the authz API names the reason and the decision id.
    const denied = await request(server)
      .get('/api/authz/policies')
      .set(as(nobody))
      .expect(403);
    expect(denied.body.error.message).toMatch(
      /authz\.policy\.read denied: no policy allows authz\.policy\.read for user:default\/nobody \(decision [0-9a-f-]{36}\)/,
    );

    // Grant through a new role and policy: the PDP follows without a restart.
    const policy = await request(server)
      .post('/api/authz/policies')
      .set(as(alice))
      .send({
        name: 'CreateEntities',
        document: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'Create',
              Effect: 'Allow',
              Action: 'catalog.entity.create',
              Resource: '*',
            },
          ],
        },
      })
      .expect(201);
    const role = await request(server)
      .post('/api/authz/roles')
      .set(as(alice))
      .send({ name: 'Creators' })
      .expect(201);
    await request(server)
      .post(`/api/authz/roles/${role.body.id}/policies/attach`)
      .set(as(alice))
      .send({ policyIds: [policy.body.id] })
      .expect(200);
    await request(server)
      .post(`/api/authz/roles/${role.body.id}/holders/attach`)
      .set(as(alice))
      .send({ holders: [{ kind: 'user', ref: nobody }] })
      .expect(200);
    await eventually(async () =>
      expect(await authorize(nobody, 'catalog.entity.create')).toBe('ALLOW'),
    );

    // Deny overrides allow.
    const deny = await request(server)
      .post('/api/authz/policies')
      .set(as(alice))
      .send({
        name: 'NoCreate',
        document: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'Never',
              Effect: 'Deny',
              Action: 'catalog.*',
              Resource: '*',
            },
          ],
        },
      })
      .expect(201);
    await request(server)
      .post(`/api/authz/roles/${role.body.id}/policies/attach`)
      .set(as(alice))
      .send({ policyIds: [deny.body.id] })
      .expect(200);
    await eventually(async () =>
      expect(await authorize(nobody, 'catalog.entity.create')).toBe('DENY'),
    );

    // Every decision reaches the audit log with its reasons.
    await eventually(async () => {
      const log = await request(server)
        .get('/api/authz/audit/entries')
        .query({
          kind: 'decision',
          principal: nobody,
          result: 'DENY',
          permission: 'catalog.entity.create',
        })
        .set(as(alice))
        .expect(200);
      const withReason = log.body.items.find(
        (e: { reasons: unknown[] }) => e.reasons.length > 0,
      );
      expect(withReason).toMatchObject({
        result: 'DENY',
        reasons: [
          {
            effect: 'Deny',
            policyName: 'NoCreate',
            sid: 'Never',
            roleName: 'Creators',
          },
        ],
        engine: 'wasm',
      });
      expect(log.body.items.length).toBeGreaterThanOrEqual(2);
    });
  });
});
