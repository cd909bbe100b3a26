import { DataCatalogContext } from '../../service/DataCatalogContext';
import { readQualityConfig } from './qualityConfig';
import { runQualityWork } from './runQualityWork';

/**
 * Schedules profiling and quality scoring (`dataCatalog.profiling.schedule`,
 * hourly after 30 s by default), once across backend instances.
 */
export async function startQualityWork(
  context: DataCatalogContext,
): Promise<void> {
  const config = readQualityConfig(context.config);
  await context.scheduler.scheduleTask({
    id: 'data-catalog-quality',
    ...config.schedule,
    fn: async () => {
      await runQualityWork(context, config);
    },
  });
}
