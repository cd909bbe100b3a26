import { mockServices } from '@backstage/backend-test-utils';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { HarvesterClusterSource } from '@internal/plugin-harvester-node';
import { requireServiceEnv } from '@internal/testing';
import { KubeConfig } from '@kubernetes/client-node';
import { createClusterRegistry } from '../clusters/createClusterRegistry';

/** URL, CA and admin token of the local kube-apiserver (`KUBECONFIG`). */
export function localApiServer() {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(requireServiceEnv('kubernetes', 'KUBECONFIG'));
  const cluster = kubeConfig.getCurrentCluster()!;
  return {
    url: cluster.server,
    caData: cluster.caData,
    token: kubeConfig.getCurrentUser()!.token!,
  };
}

/** A `harvester.clusters[]` entry for the local API server. */
export function localClusterConfig(name: string, overrides: object = {}) {
  const { url, caData, token } = localApiServer();
  return {
    name,
    url,
    caData,
    auth: { type: 'serviceAccount', token },
    ...overrides,
  };
}

/**
 * The real createClusterRegistry over a `harvester` config section, with
 * mock logger, scheduler and auth (returned for assertions).
 */
export async function createTestRegistry(
  harvester: object,
  options: {
    catalog?: CatalogService;
    sources?: HarvesterClusterSource[];
  } = {},
) {
  const logger = mockServices.logger.mock();
  const scheduler = mockServices.scheduler.mock();
  const registry = await createClusterRegistry({
    config: mockServices.rootConfig({ data: { harvester } as any }),
    logger,
    scheduler,
    catalog: options.catalog ?? catalogServiceMock(),
    auth: mockServices.auth(),
    sources: options.sources ?? [],
  });
  return { registry, logger, scheduler };
}
