import { mockServices } from '@backstage/backend-test-utils';
import { AuthenticationError, NotAllowedError } from '@backstage/errors';
import { HarvesterClusterDefinition } from '@internal/plugin-harvester-node';
import { Request } from 'express';
import { createTestCluster, TestCluster } from '../__testUtils__/testCluster';
import { DirectReader } from '../kube/DirectReader';
import { OIDC_TOKEN_HEADER } from './ClusterHandle';
import { KubeClusterHandle } from './KubeClusterHandle';

const requestWith = (headers: Record<string, string> = {}) =>
  ({
    header: (name: string) => headers[name.toLowerCase()],
  } as unknown as Request);

describe('KubeClusterHandle', () => {
  let tc: TestCluster;
  const handles: KubeClusterHandle[] = [];
  const start = (changes: Partial<HarvesterClusterDefinition>) => {
    const handle = new KubeClusterHandle(
      { ...tc.definition, ...changes },
      { logger: mockServices.logger.mock(), cacheSyncTimeoutMs: 5000 },
    );
    handles.push(handle);
    return handle;
  };
  beforeAll(async () => {
    tc = await createTestCluster();
    await tc.client.create('keyPair', {
      metadata: { name: 'key', namespace: tc.namespace },
      spec: { publicKey: 'ssh-ed25519 AAAA key' },
    });
  });
  afterAll(async () => {
    handles.forEach(h => h.stop());
    await tc.cleanup();
  });

  it('acts with the service account, whatever the request carries', async () => {
    const handle = start({});
    const client = handle.clientFor(
      requestWith({ [OIDC_TOKEN_HEADER]: 'ignored' }),
    );
    expect(client).toBe(handle.serviceClient);
    const reader = handle.readerFor(requestWith());
    expect(reader).toBe(handle.cache);
    expect(await reader.get('keyPair', tc.namespace, 'key')).toBeDefined();
  });

  describe('an oidc cluster', () => {
    it('needs the OIDC token header', () => {
      const handle = start({ auth: { type: 'oidc' } });
      expect(handle.cache).toBeUndefined();
      expect(() => handle.clientFor(requestWith())).toThrow(
        AuthenticationError,
      );
      expect(() => handle.readerFor(requestWith())).toThrow(
        /acts with your own OIDC token.*x-harvester-oidc-token/,
      );
    });

    it("sends the caller's own token, for writes and reads", async () => {
      const handle = start({ auth: { type: 'oidc' } });
      const user = requestWith({ [OIDC_TOKEN_HEADER]: tc.token });
      const reader = handle.readerFor(user);
      expect(reader).toBeInstanceOf(DirectReader);
      expect(
        (await reader.list('keyPair', tc.namespace)).map(k => k.metadata.name),
      ).toEqual(['key']);
      await handle.clientFor(user).patch('keyPair', tc.namespace, 'key', {
        metadata: { labels: { by: 'user' } },
      });
      expect(
        (await tc.client.get('keyPair', tc.namespace, 'key'))?.metadata.labels,
      ).toEqual({
        by: 'user',
      });

      // The cluster itself refuses someone else's token: proof it is sent.
      const stranger = requestWith({ [OIDC_TOKEN_HEADER]: 'someone-else' });
      await expect(
        handle.readerFor(stranger).list('keyPair', tc.namespace),
      ).rejects.toThrow(NotAllowedError);
      await expect(
        handle.clientFor(stranger).delete('keyPair', tc.namespace, 'key'),
      ).rejects.toThrow(/Cluster .* refused the request \(its own RBAC/);
      expect(await tc.client.get('keyPair', tc.namespace, 'key')).toBeDefined();
    });

    it('reads from a cache when it has a service-account token for one', async () => {
      const handle = start({
        auth: { type: 'oidc', serviceAccountToken: tc.token },
      });
      expect(handle.serviceClient).toBeDefined();
      expect(handle.readerFor(requestWith())).toBe(handle.cache);
      expect(() => handle.clientFor(requestWith())).toThrow(
        AuthenticationError,
      );
    });
  });

  describe('summary', () => {
    it('is connected once synced, with the version and unavailable kinds', async () => {
      await tc.client.create('setting', {
        metadata: { name: 'server-version' },
        value: 'v1.6.1',
      } as any);
      try {
        const handle = start({
          title: 'Test cluster',
          owner: 'group:default/ops',
        });
        await handle.cache!.waitForSync();
        await tc.cached('setting', undefined, 'server-version');
        expect(handle.summary()).toEqual({
          name: tc.definition.name,
          title: 'Test cluster',
          source: 'config',
          owner: 'group:default/ops',
          url: tc.definition.url,
          authType: 'serviceAccount',
          connection: 'connected',
          version: 'v1.6.1',
          unavailableKinds: [],
        });
      } finally {
        await tc.client.delete('setting', undefined, 'server-version');
      }
    });

    it('reports the connection error', async () => {
      const handle = start({
        auth: { type: 'serviceAccount', token: 'wrong' },
      });
      await handle.cache!.waitForSync(500);
      expect(handle.summary()).toMatchObject({
        connection: 'error',
        error: expect.stringMatching(/refused/),
      });
    });

    it('says connected for an oidc cluster it has no connection of its own to', () => {
      expect(start({ auth: { type: 'oidc' } }).summary()).toMatchObject({
        authType: 'oidc',
        connection: 'connected',
        unavailableKinds: [],
      });
    });
  });
});
