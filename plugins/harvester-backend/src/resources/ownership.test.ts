import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_NAMESPACE_RESOURCE_TYPE,
  HARVESTER_VM_RESOURCE_TYPE,
} from '@internal/plugin-harvester-common';
import {
  createTestCluster,
  randomSuffix,
  TestCluster,
} from '../__testUtils__/testCluster';
import { loadOwnership } from './ownership';

const owner = HARVESTER_ANNOTATIONS.owner;

describe('loadOwnership', () => {
  let tc: TestCluster;
  const node = `node-${randomSuffix()}`;
  beforeAll(async () => {
    tc = await createTestCluster({ owner: 'group:default/cluster-admins' });
    await tc.client.create('keyPair', {
      metadata: {
        name: 'own',
        namespace: tc.namespace,
        annotations: { [owner]: 'user:default/alice' },
        labels: {
          'tag.harvesterhci.io/env': 'prod',
          'tag.harvesterhci.io/pci': '',
          app: 'not-a-tag',
        },
      },
      spec: { publicKey: 'k' },
    });
    await tc.client.create('keyPair', {
      metadata: { name: 'inherited', namespace: tc.namespace },
      spec: { publicKey: 'k' },
    });
    await tc.client.create('node', { metadata: { name: node } });
  });
  afterAll(async () => {
    await tc.client.delete('node', undefined, node);
    await tc.cleanup();
  });

  const load = async () => {
    const reader = tc.handle.readerFor({} as any);
    return { reader, ownership: await loadOwnership(tc.handle, reader) };
  };

  it("takes the object's owner, else its namespace's, else the cluster's", async () => {
    const { reader, ownership: before } = await load();
    const own = (await reader.get('keyPair', tc.namespace, 'own'))!;
    const inherited = (await reader.get('keyPair', tc.namespace, 'inherited'))!;
    const host = (await reader.get('node', undefined, node))!;
    expect(before.ownerOf(own)).toBe('user:default/alice');
    expect(before.ownerOf(inherited)).toBe('group:default/cluster-admins');
    expect(before.ownerOf(host)).toBe('group:default/cluster-admins');

    await tc.client.patch('namespace', undefined, tc.namespace, {
      metadata: { annotations: { [owner]: 'group:default/team-a' } },
    });
    const { ownership } = await load();
    expect(ownership.ownerOf(own)).toBe('user:default/alice');
    expect(ownership.ownerOf(inherited)).toBe('group:default/team-a');
    expect(ownership.ownerOf(host)).toBe('group:default/cluster-admins');
  });

  it('gives permission resources with tags from tag labels', async () => {
    const { reader, ownership } = await load();
    const own = (await reader.get('keyPair', tc.namespace, 'own'))!;
    expect(ownership.resourceOf(HARVESTER_VM_RESOURCE_TYPE, own)).toEqual({
      resourceType: 'harvester-vm',
      cluster: tc.definition.name,
      namespace: tc.namespace,
      name: 'own',
      owner: 'user:default/alice',
      tags: ['env', 'env=prod', 'pci'],
    });
    const namespace = (await reader.get('namespace', undefined, tc.namespace))!;
    expect(
      ownership.resourceOf(HARVESTER_NAMESPACE_RESOURCE_TYPE, namespace),
    ).toMatchObject({
      namespace: tc.namespace,
      name: tc.namespace,
    });
  });
});
