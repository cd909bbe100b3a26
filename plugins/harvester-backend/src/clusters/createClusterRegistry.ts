import {
  AuthService,
  LoggerService,
  RootConfigService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { HarvesterClusterSource } from '@internal/plugin-harvester-node';
import { ClusterRegistry } from './ClusterRegistry';
import { RefreshingClusterRegistry } from './RefreshingClusterRegistry';

export type CreateClusterRegistryOptions = {
  config: RootConfigService;
  logger: LoggerService;
  scheduler: SchedulerService;
  catalog: CatalogService;
  auth: AuthService;
  sources: HarvesterClusterSource[];
};

/**
 * The registry behind `/api/harvester`: read once now (a failing catalog or
 * source does not fail startup), then refreshed on every replica on
 * `harvester.clusterRefreshSeconds`.
 */
export async function createClusterRegistry(
  options: CreateClusterRegistryOptions,
): Promise<ClusterRegistry> {
  const registry = new RefreshingClusterRegistry(options);
  await registry.refresh();
  const seconds =
    options.config.getOptionalNumber('harvester.clusterRefreshSeconds') ?? 60;
  await options.scheduler.scheduleTask({
    id: 'harvester-refresh-clusters',
    // Every replica keeps its own caches, so each must refresh its own.
    scope: 'local',
    frequency: { seconds },
    timeout: { seconds: Math.max(seconds, 60) },
    initialDelay: { seconds },
    fn: () => registry.refresh(),
  });
  return registry;
}
