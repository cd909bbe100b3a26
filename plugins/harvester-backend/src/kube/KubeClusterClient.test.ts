import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { requireServiceEnv } from '@internal/testing';
import { createTestCluster, TestCluster } from '../__testUtils__/testCluster';
import { KubeClusterClient } from './KubeClusterClient';
import { KubeObject, WatchEventType } from './KubeObject';

const pvc = (namespace: string, name: string, size = '1Gi') => ({
  metadata: { name, namespace, labels: { app: 'web' } },
  spec: {
    accessModes: ['ReadWriteOnce'],
    resources: { requests: { storage: size } },
  },
});

/** etcd's compaction through its JSON gateway (`/v3/kv/...`). */
async function compactEtcd() {
  const etcd = requireServiceEnv('kubernetes', 'KUBERNETES_ETCD_URL');
  const post = async (path: string, body: object) => {
    const response = await fetch(`${etcd}${path}`, {
      method: 'POST',
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.json();
  };
  const key = Buffer.from('/registry').toString('base64');
  const { header } = await post('/v3/kv/range', { key, limit: 1 });
  await post('/v3/kv/compaction', { revision: header.revision });
}

describe('KubeClusterClient', () => {
  let tc: TestCluster;
  let client: KubeClusterClient;
  beforeAll(async () => {
    tc = await createTestCluster();
    client = KubeClusterClient.create(tc.definition, tc.token);
  });
  afterAll(() => tc.cleanup());

  it('creates, reads, patches, replaces and deletes', async () => {
    const created = await client.create('pvc', pvc(tc.namespace, 'crud'));
    expect(created.metadata.uid).toBeTruthy();

    const read = await client.get('pvc', tc.namespace, 'crud');
    expect(read).toMatchObject({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'crud', labels: { app: 'web' } },
    });

    await client.patch('pvc', tc.namespace, 'crud', {
      metadata: { labels: { tier: 'db' } },
    });
    await client.patch(
      'pvc',
      tc.namespace,
      'crud',
      [{ op: 'add', path: '/metadata/annotations', value: { a: 'b' } }],
      'json',
    );
    await client.patch(
      'pvc',
      tc.namespace,
      'crud',
      { metadata: { finalizers: ['portal.test/keep'] } },
      'strategic',
    );
    const patched = await client.get('pvc', tc.namespace, 'crud');
    expect(patched?.metadata.labels).toEqual({ app: 'web', tier: 'db' });
    expect(patched?.metadata.annotations).toEqual({ a: 'b' });
    expect(patched?.metadata.finalizers).toContain('portal.test/keep');

    const replaced = await client.replace('pvc', {
      ...patched!,
      metadata: { ...patched!.metadata, finalizers: [], labels: { app: 'x' } },
    });
    expect(replaced.metadata.labels).toEqual({ app: 'x' });

    await client.delete('pvc', tc.namespace, 'crud');
    expect(await client.get('pvc', tc.namespace, 'crud')).toBeUndefined();
    // Deleting what is gone is not an error.
    await expect(
      client.delete('pvc', tc.namespace, 'crud'),
    ).resolves.toBeUndefined();
  });

  it('sends delete options with the delete', async () => {
    await client.create('pvc', pvc(tc.namespace, 'foreground'));
    await client.delete('pvc', tc.namespace, 'foreground', {
      propagationPolicy: 'Foreground',
    });
    // No garbage collector runs locally: the object waits for it, marked.
    const deleting = await client.get('pvc', tc.namespace, 'foreground');
    expect(deleting?.metadata.deletionTimestamp).toBeDefined();
    expect(deleting?.metadata.finalizers).toContain('foregroundDeletion');
  });

  it('lists everything by following continue, or one page with a limit', async () => {
    for (const name of ['l1', 'l2', 'l3']) {
      await client.create('pvc', pvc(tc.namespace, name));
    }
    const all = await client.list('pvc', { namespace: tc.namespace });
    expect(all.items.map(i => i.metadata.name).sort()).toEqual(
      expect.arrayContaining(['l1', 'l2', 'l3']),
    );
    expect(all.items[0].kind).toBe('PersistentVolumeClaim');
    expect(all.resourceVersion).toMatch(/^\d+$/);

    const first = await client.list('pvc', {
      namespace: tc.namespace,
      limit: 2,
    });
    expect(first.items).toHaveLength(2);
    expect(first.continue).toBeTruthy();
    const rest = await client.list('pvc', {
      namespace: tc.namespace,
      limit: 10,
      continue: first.continue,
    });
    expect([...first.items, ...rest.items]).toHaveLength(all.items.length);

    const selected = await client.list('pvc', {
      namespace: tc.namespace,
      fieldSelector: 'metadata.name=l2',
    });
    expect(selected.items.map(i => i.metadata.name)).toEqual(['l2']);
  });

  it('maps API errors to @backstage/errors classes', async () => {
    await client.create('pvc', pvc(tc.namespace, 'dup'));
    await expect(
      client.create('pvc', pvc(tc.namespace, 'dup')),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      client.create('pvc', {
        metadata: { name: 'Bad_Name', namespace: tc.namespace },
      }),
    ).rejects.toBeInstanceOf(InputError);
    await expect(
      client.patch('pvc', tc.namespace, 'missing', { metadata: {} }),
    ).rejects.toBeInstanceOf(NotFoundError);

    const stranger = KubeClusterClient.create(
      tc.definition,
      'not-a-valid-token',
    );
    const refused = stranger.list('pvc', { namespace: tc.namespace });
    await expect(refused).rejects.toBeInstanceOf(NotAllowedError);
    await expect(refused).rejects.toThrow(/Cluster .* refused/);
  });

  it('watches from a resourceVersion until stopped', async () => {
    // Key pairs: PVCs would keep the pvc-protection finalizer (no controllers).
    const { resourceVersion } = await client.list('keyPair', {
      namespace: tc.namespace,
    });
    const events: [WatchEventType, string][] = [];
    const onDone = jest.fn();
    let seen: (() => void) | undefined;
    const deleted = new Promise<void>(resolve => (seen = resolve));
    const stop = await client.watch(
      'keyPair',
      resourceVersion,
      (type, object: KubeObject) => {
        if (object.metadata.namespace !== tc.namespace) return;
        events.push([type, object.metadata.name]);
        if (type === 'DELETED') seen!();
      },
      onDone,
    );
    await client.create('keyPair', {
      metadata: { name: 'watched', namespace: tc.namespace },
      spec: { publicKey: 'ssh-ed25519 AAAA test' },
    });
    await client.patch('keyPair', tc.namespace, 'watched', {
      metadata: { labels: { v: '2' } },
    });
    await client.delete('keyPair', tc.namespace, 'watched');
    await deleted;
    stop();
    expect(events).toEqual([
      ['ADDED', 'watched'],
      ['MODIFIED', 'watched'],
      ['DELETED', 'watched'],
    ]);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('ends a watch from an expired resourceVersion with a 410 conflict', async () => {
    // A young cluster still has revision 1: compact etcd up to now, as the
    // API server does every few minutes, so that it has expired. Events are
    // watched straight from etcd; the watch cache of other kinds may still
    // hold revision 1 on a fresh cluster.
    await compactEtcd();
    const done = new Promise<unknown>(resolve => {
      void client.watch('event', '1', () => {}, resolve);
    });
    await expect(done).resolves.toBeInstanceOf(ConflictError);
  });
});
