import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';

export const CONFIG_KEY = 'search.collators.dataCatalog';

const defaultSchedule: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 10 },
  timeout: { minutes: 15 },
  initialDelay: { seconds: 10 },
};

/** `search.collators.dataCatalog.schedule`, else every 10 minutes. */
export function readCollatorSchedule(
  config: Config,
): SchedulerServiceTaskScheduleDefinition {
  const schedule = config.getOptionalConfig(`${CONFIG_KEY}.schedule`);
  return schedule
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(schedule)
    : defaultSchedule;
}

/** `search.collators.dataCatalog.batchSize`, documents per request. */
export function readCollatorBatchSize(config: Config): number | undefined {
  return config.getOptionalNumber(`${CONFIG_KEY}.batchSize`);
}
