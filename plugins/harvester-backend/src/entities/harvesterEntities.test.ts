import { expectValidEntity } from '@internal/testing';
import { HarvesterClusterDefinition } from '@internal/plugin-harvester-node';
import {
  clusterEntity,
  DEFAULT_HARVESTER_OWNER,
  toCatalogTags,
  vmEntity,
} from './harvesterEntities';

const cluster: HarvesterClusterDefinition = {
  name: 'prod-east',
  title: 'Production (east)',
  url: 'https://10.0.0.10:6443',
  dashboardUrl: 'https://10.0.0.10',
  auth: { type: 'serviceAccount', token: 'secret' },
  source: 'config',
};

describe('harvester entities', () => {
  it('folds Harvester tags into catalog tags and drops what cannot be one', () => {
    expect(
      toCatalogTags([
        'env',
        'env=Prod',
        'Team=Web Shop',
        '--',
        'x'.repeat(64),
        'env',
      ]),
    ).toEqual(['env', 'env-prod', 'team-web-shop']);
  });

  it('describes a config cluster the catalog accepts, never its credentials', async () => {
    const entity = clusterEntity(cluster);
    await expectValidEntity(entity);
    expect(entity).toMatchObject({
      kind: 'Resource',
      metadata: {
        name: 'prod-east',
        namespace: 'default',
        title: 'Production (east)',
        annotations: {
          'platform-portal.dev/harvester-url': 'https://10.0.0.10:6443',
          'backstage.io/managed-by-location': 'harvester:prod-east',
        },
        links: [{ url: 'https://10.0.0.10', title: 'Harvester UI' }],
      },
      spec: { type: 'harvester-cluster', owner: DEFAULT_HARVESTER_OWNER },
    });
    expect(JSON.stringify(entity)).not.toContain('secret');
  });

  it('names a VM entity after its ref, within the catalog limit, depending on its cluster', async () => {
    const long = 'a'.repeat(60);
    const entity = vmEntity({
      ref: { cluster: 'prod-east', namespace: 'shop', name: long },
      cluster: { ...cluster, owner: 'group:default/infra' },
      tags: ['env=prod'],
    });
    await expectValidEntity(entity);
    expect(entity.metadata.name).toHaveLength(63);
    expect(entity.metadata.name).toMatch(/^prod-east-shop-a+-[0-9a-f]{8}$/);
    expect(entity.metadata).toMatchObject({
      title: long,
      tags: ['env-prod'],
      annotations: {
        'platform-portal.dev/harvester-vm': `prod-east/shop/${long}`,
      },
    });
    expect(entity.spec).toEqual({
      type: 'harvester-vm',
      owner: 'group:default/infra',
      dependsOn: ['resource:default/prod-east'],
    });
  });

  it('points VMs of a catalog cluster at that entity', async () => {
    const entity = vmEntity({
      ref: { cluster: 'lab', namespace: 'default', name: 'vm-1' },
      cluster: {
        ...cluster,
        name: 'lab',
        source: 'catalog',
        entityRef: 'resource:infra/lab-cluster',
      },
      owner: 'user:default/dave.choi',
      tags: [],
    });
    await expectValidEntity(entity);
    expect(entity.metadata.name).toBe('lab-default-vm-1');
    expect(entity.metadata.tags).toBeUndefined();
    expect(entity.spec).toMatchObject({
      owner: 'user:default/dave.choi',
      dependsOn: ['resource:infra/lab-cluster'],
    });
  });
});
