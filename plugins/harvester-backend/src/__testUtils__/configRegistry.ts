import { mockServices } from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ClusterRegistry } from '../clusters/ClusterRegistry';
import { createClusterRegistry } from '../clusters/createClusterRegistry';
import { TestCluster } from './testCluster';

/** The test cluster as a `harvester.clusters` entry, to vary or repeat. */
export function configEntryOf(cluster: TestCluster): JsonObject {
  const { name, url, caData, owner } = cluster.definition;
  return {
    name,
    url,
    ...(caData && { caData }),
    ...(owner && { owner }),
    auth: { type: 'serviceAccount', token: cluster.token },
  };
}

/**
 * A real registry (createClusterRegistry) over `harvester.clusters`
 * entries, e.g. the test cluster with a Prometheus beside one that cannot
 * be reached. Its caches are its own: wait on them (`waitForCache`), not
 * on the test cluster's. Stop it after the test.
 */
export function createConfigRegistry(
  clusters: JsonObject[],
  options: { cacheSyncTimeoutSeconds?: number } = {},
): Promise<ClusterRegistry> {
  return createClusterRegistry({
    config: mockServices.rootConfig({
      data: { harvester: { ...options, clusters } },
    }),
    logger: mockServices.logger.mock(),
    scheduler: mockServices.scheduler.mock(),
    catalog: catalogServiceMock(),
    auth: mockServices.auth(),
    sources: [],
  });
}
