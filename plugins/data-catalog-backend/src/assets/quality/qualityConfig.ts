import {
  RootConfigService,
  SchedulerServiceTaskScheduleDefinition,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { DEFAULT_FRESHNESS_HOURS } from './computeQuality';

export type QualityConfig = {
  /** dataCatalog.profiling.sampleRows */
  sampleRows: number;
  /** dataCatalog.profiling.maxTablesPerRun */
  profileTablesPerRun: number;
  /** dataCatalog.profiling.schedule */
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** dataCatalog.quality.freshnessHours */
  freshnessHours: number;
  /** dataCatalog.quality.maxTablesPerRun */
  qualityTablesPerRun: number;
};

const defaultSchedule: SchedulerServiceTaskScheduleDefinition = {
  frequency: { hours: 1 },
  timeout: { minutes: 30 },
  initialDelay: { seconds: 30 },
};

export function readQualityConfig(config: RootConfigService): QualityConfig {
  const schedule = config.getOptionalConfig('dataCatalog.profiling.schedule');
  return {
    sampleRows:
      config.getOptionalNumber('dataCatalog.profiling.sampleRows') ?? 1000,
    profileTablesPerRun:
      config.getOptionalNumber('dataCatalog.profiling.maxTablesPerRun') ?? 200,
    schedule: schedule
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(schedule)
      : defaultSchedule,
    freshnessHours:
      config.getOptionalNumber('dataCatalog.quality.freshnessHours') ??
      DEFAULT_FRESHNESS_HOURS,
    qualityTablesPerRun:
      config.getOptionalNumber('dataCatalog.quality.maxTablesPerRun') ?? 5000,
  };
}
