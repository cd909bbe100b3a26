import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
// Both plugins in one backend, as in the portal: only this test does it.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import authzPlugin from '@internal/plugin-authz-backend';
import { describeOnBothDatabases } from '@internal/testing';
import { Knex } from 'knex';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createTestWorkspace } from '../__testUtils__/testContext';
import { PipelineStore } from '../pipelines/PipelineStore';
import { aiOpsPlugin } from '../plugin';

const alice = 'user:default/alice';

/** Each plugin its own database, as in the portal. */
function databasePerPlugin(knexes: Record<string, Knex>) {
  return createServiceFactory({
    service: coreServices.database,
    deps: { plugin: coreServices.pluginMetadata },
    factory: ({ plugin }) => ({
      getClient: async () => knexes[plugin.getId()],
    }),
  });
}

describeOnBothDatabases('API keys with the Access policy', databases => {
  it.each(databases.eachSupportedId())(
    'work without a token while the creator may, and stop when they lose the role, on %p',
    async id => {
      const aiOps = await databases.init(id);
      const backend = await startTestBackend({
        features: [
          aiOpsPlugin,
          authzPlugin,
          databasePerPlugin({
            'ai-ops': aiOps,
            authz: await databases.init(id),
          }),
          mockServices.rootConfig.factory({
            data: {
              aiOps: {
                objectStore: {
                  directory: mkdtempSync(join(tmpdir(), 'ai-ops-keys-')),
                },
                secretStore: {
                  encryptionKey: randomBytes(32).toString('base64'),
                },
              },
            },
          }),
          // Signed-in routes are allowed; keys are checked by the dry-run.
          mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
          catalogServiceMock.factory({ entities: [] }),
        ],
      });
      const { server } = backend;
      try {
        const workspace = await createTestWorkspace(aiOps, {
          name: 'ml',
          members: [{ principal: alice, role: 'editor' }],
        });
        const pipeline = await new PipelineStore(aiOps).create(
          workspace,
          {
            name: 'p1',
            title: 'P1',
            domain: 'time-series',
            tags: [],
            owner: 'group:default/test-team',
            graph: {
              nodes: [
                {
                  id: 'wait',
                  type: 'code.shell',
                  typeVersion: 1,
                  config: { script: 'true' },
                },
              ],
              edges: [],
            },
            message: 'test',
          },
          alice,
        );
        const key = (
          await request(server)
            .post('/api/ai-ops/workspaces/ml/api-keys')
            .set({ Authorization: mockCredentials.user.header(alice) })
            .send({ name: 'ci', scopes: ['runs:create'] })
            .expect(201)
        ).body;
        const start = () =>
          request(server)
            .post(`/api/ai-ops/v1/workspaces/ml/pipelines/${pipeline.id}/runs`)
            .set({ 'X-AI-Ops-Key': key.key })
            .send({});

        const started = await start().expect(201);
        expect(started.body).toMatchObject({
          trigger: 'api',
          initiator: alice,
        });

        // Alice becomes a viewer: the seeded policy lets only editors run.
        await aiOps('workspace_members')
          .where({ workspace_id: workspace.id, principal: alice })
          .update({ role: 'viewer' });
        const denied = await start().expect(403);
        expect(denied.body.error.message).toMatch(
          /^ai-ops\.run\.create denied for user:default\/alice, the creator of API key \w+: .*AiOpsWorkspaceMembers.*, and workspace 'ml' does not \(decision [0-9a-f-]+\)$/,
        );
      } finally {
        await backend.stop();
      }
    },
  );
});
