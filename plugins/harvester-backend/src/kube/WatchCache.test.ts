import { mockServices } from '@backstage/backend-test-utils';
import { ServiceUnavailableError } from '@backstage/errors';
import { createTestCluster, TestCluster } from '../__testUtils__/testCluster';
import { ClusterClient } from './ClusterClient';
import { KubeClusterClient } from './KubeClusterClient';
import { KubeObject, WatchEventType } from './KubeObject';
import { KindKey } from './resourceKinds';
import { WatchCache } from './WatchCache';

const fastTimings = {
  initialBackoffMs: 20,
  maxBackoffMs: 200,
  unavailableRetryMs: 200,
  healthyWatchMs: 60_000,
};

const keyPair = (namespace: string, name: string) => ({
  metadata: { name, namespace },
  spec: { publicKey: `ssh-ed25519 AAAA ${name}` },
});

/** Resolves once `predicate` holds (polled), rejects after 5 s. */
async function until(predicate: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise(resolve => setTimeout(resolve, 10));
  }
}

describe('WatchCache', () => {
  let tc: TestCluster;
  let client: KubeClusterClient;
  const caches: WatchCache[] = [];
  const startCache = (
    c: ClusterClient,
    kinds: KindKey[],
    syncTimeoutMs = 5000,
  ) => {
    const cache = new WatchCache({
      client: c,
      logger: mockServices.logger.mock(),
      kinds,
      syncTimeoutMs,
      timings: fastTimings,
    });
    caches.push(cache);
    return cache;
  };
  beforeAll(async () => {
    tc = await createTestCluster();
    client = KubeClusterClient.create(tc.definition, tc.token);
  });
  afterEach(() => caches.splice(0).forEach(c => c.stop()));
  afterAll(() => tc.cleanup(), 30_000);

  it('lists on start, then sees additions, changes and deletions', async () => {
    await client.create('keyPair', keyPair(tc.namespace, 'before'));
    const cache = startCache(client, ['keyPair']);
    const events: [WatchEventType, string][] = [];
    cache.onChange((_kind, type, object) => {
      if (object.metadata.namespace === tc.namespace) {
        events.push([type, object.metadata.name]);
      }
    });
    await cache.waitForSync();
    expect(cache.isSynced('keyPair')).toBe(true);
    expect(cache.isFullySynced()).toBe(true);
    expect(
      (await cache.list('keyPair', tc.namespace)).map(o => o.metadata.name),
    ).toEqual(['before']);

    await client.create('keyPair', keyPair(tc.namespace, 'added'));
    await client.patch('keyPair', tc.namespace, 'added', {
      metadata: { labels: { changed: 'yes' } },
    });
    await client.delete('keyPair', tc.namespace, 'before');
    await until(() => events.length === 4);

    expect(events).toEqual([
      ['ADDED', 'before'],
      ['ADDED', 'added'],
      ['MODIFIED', 'added'],
      ['DELETED', 'before'],
    ]);
    const added = await cache.get('keyPair', tc.namespace, 'added');
    expect(added?.metadata.labels).toEqual({ changed: 'yes' });
    expect(added?.metadata).not.toHaveProperty('managedFields');
    expect(await cache.get('keyPair', tc.namespace, 'before')).toBeUndefined();
    expect(cache.snapshot('keyPair')).toBe(cache.snapshot('keyPair'));
  });

  it('relists after the watch drops and reports what it missed', async () => {
    const dropWatch: (() => void)[] = [];
    const listed = jest.fn();
    const dropping: ClusterClient = Object.assign(Object.create(client), {
      list: (...args: Parameters<ClusterClient['list']>) => {
        listed();
        return client.list(...args);
      },
      watch: async (...args: Parameters<ClusterClient['watch']>) => {
        const stop = await client.watch(...args);
        // Like a connection the server closed: stopped, then reported done.
        dropWatch.push(() => {
          stop();
          args[3]();
        });
        return stop;
      },
    });
    await client.create('keyPair', keyPair(tc.namespace, 'stays'));
    await client.create('keyPair', keyPair(tc.namespace, 'goes'));
    const cache = startCache(dropping, ['keyPair']);
    await cache.waitForSync();
    await until(() => dropWatch.length === 1);
    const events: [WatchEventType, string][] = [];
    cache.onChange((_kind, type, object) => {
      if (object.metadata.namespace === tc.namespace) {
        events.push([type, object.metadata.name]);
      }
    });

    // Changes while no watch runs are only seen by the relist.
    dropWatch[0]();
    await client.delete('keyPair', tc.namespace, 'goes');
    await client.create('keyPair', keyPair(tc.namespace, 'new'));
    await client.patch('keyPair', tc.namespace, 'stays', {
      metadata: { labels: { v: '2' } },
    });
    await until(() => events.length === 3);

    expect(listed).toHaveBeenCalledTimes(2);
    expect(events).toEqual(
      expect.arrayContaining([
        ['DELETED', 'goes'],
        ['ADDED', 'new'],
        ['MODIFIED', 'stays'],
      ]),
    );
    // And it watches again from the relist.
    await client.create('keyPair', keyPair(tc.namespace, 'after'));
    await until(() => events.some(([, name]) => name === 'after'));
  });

  it('reports kinds the cluster does not serve as unavailable', async () => {
    // Every path under an unknown prefix is a real 404 of the API server.
    const nowhere = KubeClusterClient.create(
      { ...tc.definition, url: `${tc.definition.url}/no-such-api` },
      tc.token,
    );
    const cache = startCache(nowhere, ['longhornVolume', 'keyPair']);
    await cache.waitForSync();
    expect(cache.unavailableKinds().sort()).toEqual([
      'keyPair',
      'longhornVolume',
    ]);
    expect(cache.lastError()).toBeUndefined();
    expect(cache.isFullySynced()).toBe(true);
    expect(await cache.list('longhornVolume')).toEqual([]);
  });

  it('reports connection errors and refuses stale reads', async () => {
    const refused = KubeClusterClient.create(tc.definition, 'wrong-token');
    const cache = startCache(refused, ['keyPair'], 300);
    await cache.waitForSync();
    expect(cache.isSynced('keyPair')).toBe(false);
    expect(cache.lastError()).toMatch(/keyPair: Cluster .* refused/);
    await expect(cache.list('keyPair')).rejects.toBeInstanceOf(
      ServiceUnavailableError,
    );
  });

  it('reads kinds it does not cache (metrics) through the client', async () => {
    const name = `metrics-${tc.namespace}`;
    await client.create('nodeMetrics', {
      metadata: { name },
      timestamp: '2026-01-01T00:00:00Z',
      window: '10s',
      usage: { cpu: '250m', memory: '1Gi' },
    } as KubeObject);
    try {
      const cache = startCache(client, ['keyPair']);
      expect(await cache.get('nodeMetrics', undefined, name)).toMatchObject({
        usage: { cpu: '250m' },
      });
      expect(() => cache.snapshot('nodeMetrics')).toThrow(/not cached/);
    } finally {
      await client.delete('nodeMetrics', undefined, name);
    }
  });

  it('lists 2,000 objects from memory in under 5 ms', async () => {
    const names = Array.from({ length: 2000 }, (_, i) => `bulk-${i}`);
    const createAll = (batch: string[]) =>
      Promise.all(
        batch.map(n => client.create('keyPair', keyPair(tc.namespace, n))),
      );
    for (let i = 0; i < names.length; i += 100) {
      await createAll(names.slice(i, i + 100));
    }
    const cache = startCache(client, ['keyPair']);
    await cache.waitForSync();
    await client.patch('keyPair', tc.namespace, 'bulk-0', {
      metadata: { labels: { touched: 'yes' } },
    });
    await until(() =>
      cache.snapshot('keyPair').some(o => o.metadata.labels?.touched === 'yes'),
    );
    await client.patch('keyPair', tc.namespace, 'bulk-1', {
      metadata: { labels: { touched: 'yes' } },
    });
    await until(
      () =>
        cache.snapshot('keyPair').filter(o => o.metadata.labels?.touched)
          .length === 2,
    );
    // The snapshot was rebuilt by the check above; time a rebuild plus a list.
    await client.patch('keyPair', tc.namespace, 'bulk-2', {
      metadata: { labels: { touched: 'yes' } },
    });
    await tc.cached('keyPair', tc.namespace, 'bulk-2');
    const started = performance.now();
    const listed = await cache.list('keyPair', tc.namespace);
    const elapsed = performance.now() - started;
    expect(listed.length).toBeGreaterThanOrEqual(2000);
    expect(elapsed).toBeLessThan(5);
  }, 60_000);
});
