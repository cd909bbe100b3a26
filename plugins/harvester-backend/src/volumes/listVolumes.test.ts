import {
  HARVESTER_ANNOTATIONS,
  HARVESTER_LABELS,
  HARVESTER_VOLUME_RESOURCE_TYPE,
  VolumeSummary,
} from '@internal/plugin-harvester-common';
import request from 'supertest';
import { createTestCluster, TestCluster } from '../__testUtils__/testCluster';
import {
  asUser,
  resourceCondition,
  TestGrants,
} from '../__testUtils__/testContext';
import { writeStatus } from '../__testUtils__/writeStatus';
import { vmFixtures } from '../vms/__testUtils__/vmFixtures';
import { volumesTestApp } from './__testUtils__/volumesTestApp';

const GiB = 2 ** 30;
const alice = 'user:default/alice';
const team = 'group:default/storage';
const readOnly = (rule: 'owner' | 'tag', values: string[]) => ({
  'harvester.volume.read': resourceCondition(
    HARVESTER_VOLUME_RESOURCE_TYPE,
    rule,
    values,
  ),
});

describe('GET /volumes and /volume-snapshots', () => {
  let cluster: TestCluster;
  let ns: string;

  beforeAll(async () => {
    cluster = await createTestCluster({ owner: team });
    ns = cluster.namespace;
    const fixtures = vmFixtures(cluster);
    await fixtures.pvc('data', '10Gi', {
      [HARVESTER_ANNOTATIONS.owner]: alice,
    });
    await writeStatus(cluster, 'pvc', 'data', {
      phase: 'Bound',
      capacity: { storage: '12Gi' },
    });
    await fixtures.pvc('scratch', '5Gi');
    await cluster.client.patch('pvc', ns, 'scratch', {
      metadata: { labels: { [`${HARVESTER_LABELS.tagPrefix}tier`]: 'cold' } },
    });
    await fixtures.vm('web', { claims: ['data'] });
  });

  afterAll(() => cluster?.cleanup());

  const list = async (query: string, grants?: TestGrants) => {
    const { app } = await volumesTestApp(cluster, grants);
    const res = await request(app)
      .get(`/volumes?namespace=${ns}&${query}`)
      .set(asUser(alice));
    expect(res.status).toBe(200);
    return res.body as { items: VolumeSummary[]; totalCount: number };
  };
  const names = (page: { items: { name: string }[] }) =>
    page.items.map(v => v.name);

  it('summarises PVCs with their size, VM, image and owner', async () => {
    const page = await list('');
    expect(names(page)).toEqual(['data', 'scratch']);
    expect(page.items[0]).toEqual({
      cluster: cluster.definition.name,
      namespace: ns,
      name: 'data',
      sizeBytes: 12 * GiB,
      phase: 'Bound',
      accessModes: ['ReadWriteMany'],
      volumeMode: 'Block',
      attachedVm: 'web',
      owner: alice,
      tags: [],
      labels: {},
      createdAt: expect.stringMatching(/^\d{4}-/),
    });
    expect(page.items[1]).toMatchObject({
      sizeBytes: 5 * GiB,
      phase: 'Pending',
      owner: team,
      tags: ['tier', 'tier=cold'],
    });
    expect(page.items[1].attachedVm).toBeUndefined();
  });

  it('filters, sorts and pages', async () => {
    expect(names(await list(`owner=${team}`))).toEqual(['scratch']);
    expect(names(await list('q=scr'))).toEqual(['scratch']);
    expect(
      names(await list(`label=${HARVESTER_LABELS.tagPrefix}tier%3Dcold`)),
    ).toEqual(['scratch']);
    const page = await list('sort=-sizeBytes&offset=1&limit=1');
    expect(page.totalCount).toBe(2);
    expect(names(page)).toEqual(['scratch']);
  });

  it('applies the policy conditions to each volume', async () => {
    expect(names(await list('', readOnly('owner', [alice])))).toEqual(['data']);
    expect(names(await list('', readOnly('tag', ['tier=cold'])))).toEqual([
      'scratch',
    ]);
  });

  it('answers 401, 403 and 400', async () => {
    const { app: denied } = await volumesTestApp(cluster, {});
    expect((await request(denied).get('/volumes')).status).toBe(401);
    const forbidden = await request(denied).get('/volumes').set(asUser(alice));
    expect(forbidden.status).toBe(403);
    const { app } = await volumesTestApp(cluster);
    const bad = await request(app).get('/volumes?offset=-1').set(asUser(alice));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/offset/);
  });

  it('lists volume snapshots with their source volume, readiness and size', async () => {
    await cluster.client.create('volumeSnapshot', {
      metadata: { name: 'data-snap', namespace: ns },
      spec: {
        source: { persistentVolumeClaimName: 'data' },
        volumeSnapshotClassName: 'longhorn',
      },
    });
    await writeStatus(cluster, 'volumeSnapshot', 'data-snap', {
      readyToUse: true,
      restoreSize: '12Gi',
    });
    const snapshots = async (grants?: TestGrants) => {
      const { app } = await volumesTestApp(cluster, grants);
      const res = await request(app)
        .get(`/volume-snapshots?namespace=${ns}`)
        .set(asUser(alice));
      expect(res.status).toBe(200);
      return res.body.items;
    };
    expect(await snapshots()).toEqual([
      expect.objectContaining({
        name: 'data-snap',
        sourceVolume: 'data',
        readyToUse: true,
        sizeBytes: 12 * GiB,
        owner: alice,
      }),
    ]);
    // A snapshot is seen as its volume: the team does not own `data`.
    expect(await snapshots(readOnly('owner', [team]))).toEqual([]);
  });
});
