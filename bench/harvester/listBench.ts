import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { measureQueries, Latency } from '../catalog/stats';
import { BenchCluster } from './benchClusters';
import { benchNamespaces } from './seedVms';

/** The list queries a person paging and filtering the VM page sends. */
export function vmListQueries(): string[] {
  const queries: string[] = [];
  for (let offset = 0; offset < 1000; offset += 50) {
    queries.push(`offset=${offset}&limit=50`);
    queries.push(`offset=${offset}&limit=50&state=Running&sort=-createdAt`);
  }
  for (const ns of benchNamespaces) {
    queries.push(`namespace=${ns}&limit=50`);
    queries.push(`cluster=bench-b&namespace=${ns}&label=tier%3Dweb&limit=50`);
  }
  for (let i = 0; i < 20; i++) {
    queries.push(`q=vm-0${i % 10}&limit=50`);
    queries.push(`host=bench-host-${i % 8}&limit=50&sort=name`);
    queries.push(`owner=group:default/team-${i % 7}&limit=50`);
  }
  return queries;
}

/**
 * The real harvester backend (its plugin, routers and permission checks)
 * on both clusters, with either their watch caches (service-account auth)
 * or straight lists from the API servers (OIDC auth without a cache token,
 * the same code path minus the cache).
 */
async function startHarvester(clusters: BenchCluster[], cached: boolean) {
  const backend = await startTestBackend({
    features: [
      import('../../plugins/harvester-backend/src'),
      catalogServiceMock.factory(),
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      mockServices.rootConfig.factory({
        data: {
          harvester: {
            cacheSyncTimeoutSeconds: 60,
            clusters: clusters.map(c => ({
              name: c.name,
              url: c.url,
              caData: c.caData,
              auth: cached
                ? { type: 'serviceAccount', token: c.token }
                : { type: 'oidc' },
            })),
          },
        },
      }),
    ],
  });
  return backend;
}

export async function benchVmList(
  clusters: BenchCluster[],
): Promise<{ cache: Latency; direct: Latency; total: number }> {
  const queries = vmListQueries();
  const headers = {
    Authorization: mockCredentials.user.header('user:default/bench'),
    // Both API servers accept the same token: it stands for the user's.
    'x-harvester-oidc-token': clusters[0].token,
  };
  const run = (server: any) => async (query: string) => {
    const response = await request(server)
      .get(`/api/harvester/vms?${query}`)
      .set(headers);
    if (response.status !== 200) {
      throw new Error(`${query}: ${response.status} ${response.text}`);
    }
    return response.body;
  };

  // One backend at a time, stopped after its series: nothing else competes
  // for the CPU while the other series or the page is measured.
  const cached = await startHarvester(clusters, true);
  const all = await run(cached.server)('limit=1');
  const cache = await measureQueries(
    'GET /vms from the watch caches',
    queries,
    run(cached.server),
  );
  await cached.stop();
  const uncached = await startHarvester(clusters, false);
  const direct = await measureQueries(
    'GET /vms listing the API servers',
    queries,
    run(uncached.server),
  );
  await uncached.stop();
  return { cache, direct, total: all.totalCount };
}
