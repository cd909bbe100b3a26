import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { portalRuleNames } from '@internal/plugin-authz-common';
import request from 'supertest';
import { createTestCluster, TestCluster } from '../__testUtils__/testCluster';
import {
  createTestRegistry,
  localClusterConfig,
} from '../__testUtils__/testRegistry';
import {
  asUser,
  createTestApp,
  createTestContext,
} from '../__testUtils__/testContext';
import { ClusterRegistry } from './ClusterRegistry';
import { createClustersRouter } from './createClustersRouter';

describe('GET /clusters', () => {
  let tc: TestCluster;
  let registry: ClusterRegistry;
  beforeAll(async () => {
    tc = await createTestCluster();
    ({ registry } = await createTestRegistry({
      clusters: [
        localClusterConfig('prod', { owner: 'group:default/ops' }),
        localClusterConfig('lab', { owner: 'group:default/lab' }),
      ],
    }));
    await Promise.all(registry.list().map(h => h.cache!.waitForSync()));
  });
  afterAll(async () => {
    registry.stop();
    await tc.cleanup();
  });

  const app = (grants: Parameters<typeof createTestContext>[0]['grants']) =>
    createClustersRouter(createTestContext({ registry, grants })).then(
      createTestApp,
    );

  it('needs a signed-in caller and the read permission', async () => {
    const granted = await app({ 'harvester.cluster.read': true });
    const anonymous = await request(granted).get('/clusters');
    expect(anonymous.status).toBe(401);
    const denied = await request(await app({}))
      .get('/clusters')
      .set(asUser());
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toMatch(/harvester.cluster.read/);
  });

  it('lists every cluster with its connection state', async () => {
    const res = await request(await app({ 'harvester.cluster.read': true }))
      .get('/clusters')
      .set(asUser())
      .expect(200);
    expect(res.body).toEqual([
      expect.objectContaining({
        name: 'prod',
        source: 'config',
        owner: 'group:default/ops',
        authType: 'serviceAccount',
        connection: 'connected',
        unavailableKinds: [],
      }),
      expect.objectContaining({ name: 'lab', connection: 'connected' }),
    ]);
  });

  it('applies a conditional decision to each cluster', async () => {
    const conditional = (rule: string, values: string[]) => ({
      'harvester.cluster.read': {
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'harvester',
        resourceType: 'harvester-cluster',
        conditions: {
          rule,
          resourceType: 'harvester-cluster',
          params: { values },
        },
      } as const,
    });
    const byOwner = await request(
      await app(conditional(portalRuleNames.owner, ['group:default/lab'])),
    )
      .get('/clusters')
      .set(asUser())
      .expect(200);
    expect(byOwner.body.map((c: { name: string }) => c.name)).toEqual(['lab']);

    const byCluster = await request(
      await app(conditional(portalRuleNames.cluster, ['prod'])),
    )
      .get('/clusters')
      .set(asUser())
      .expect(200);
    expect(byCluster.body.map((c: { name: string }) => c.name)).toEqual([
      'prod',
    ]);
  });
});
