import {
  LoggerService,
  RootConfigService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { readDurationFromConfig } from '@backstage/config';
import { CatalogSync } from './CatalogSync';

type HumanDuration = ReturnType<typeof readDurationFromConfig>;

const frequencyKey = 'authz.catalogSync.frequency';
const initialDelayKey = 'authz.catalogSync.initialDelay';

/**
 * Runs the sync on every `authz.catalogSync.frequency` (default 5 minutes),
 * the first time shortly after startup, once across all replicas.
 */
export async function scheduleCatalogSync(options: {
  sync: CatalogSync;
  scheduler: SchedulerService;
  config: RootConfigService;
  logger: LoggerService;
}): Promise<void> {
  const { sync, scheduler, config, logger } = options;
  await scheduler.scheduleTask({
    id: 'authz-catalog-sync',
    scope: 'global',
    frequency: readDuration(config, frequencyKey, { minutes: 5 }),
    initialDelay: readDuration(config, initialDelayKey, { seconds: 15 }),
    timeout: { minutes: 10 },
    fn: async () => {
      try {
        await sync.run();
      } catch (error) {
        logger.warn(`Catalog sync failed; nothing was changed: ${error}`);
      }
    },
  });
}

function readDuration(
  config: RootConfigService,
  key: string,
  fallback: HumanDuration,
): HumanDuration {
  return config.has(key) ? readDurationFromConfig(config, { key }) : fallback;
}
