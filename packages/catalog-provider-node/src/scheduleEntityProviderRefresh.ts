import {
  coreServices,
  LoggerService,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  RootConfigService,
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import {
  EventParams,
  EventsService,
  eventsServiceRef,
} from '@backstage/plugin-events-node';

/**
 * The services `scheduleEntityProviderRefresh` needs, to spread into a
 * module's `deps` and pass on as they come.
 */
export const entityProviderRefreshDeps = {
  config: coreServices.rootConfig,
  logger: coreServices.logger,
  scheduler: coreServices.scheduler,
  events: eventsServiceRef,
};

export type ScheduleEntityProviderRefreshOptions = {
  config: RootConfigService;
  /** Where an operator may override the schedule, e.g. `catalog.providers.harvester.schedule`. */
  configKey: string;
  /** The schedule when `configKey` is not set. */
  defaultSchedule: SchedulerServiceTaskScheduleDefinition;
  scheduler: SchedulerService;
  events: EventsService;
  logger: LoggerService;
  /** The scheduled task's id; the event subscriber is `catalog-<taskId>`. */
  taskId: string;
  /** Event topics that ask for an update before the next scheduled run. */
  topics: string[];
  /** The provider's full read, on the schedule (and on events without `onEvent`). */
  refresh(): Promise<void>;
  /** What an event does instead of `refresh`, e.g. apply just what it names. */
  onEvent?(event: EventParams): Promise<void>;
};

/**
 * Runs an entity provider's refresh on its schedule (from config, else the
 * default; the scheduler runs it once across replicas) and whenever one of
 * `topics` is published. A failed event-driven update is logged, not
 * thrown: the next scheduled run catches up.
 */
export async function scheduleEntityProviderRefresh(
  options: ScheduleEntityProviderRefreshOptions,
): Promise<void> {
  const { config, configKey, logger, taskId, refresh } = options;
  const schedule = config.has(configKey)
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig(configKey),
      )
    : options.defaultSchedule;
  await options.scheduler.scheduleTask({
    id: taskId,
    ...schedule,
    fn: () => refresh(),
  });
  const onEvent = options.onEvent ?? (() => refresh());
  await options.events.subscribe({
    id: `catalog-${taskId}`,
    topics: options.topics,
    onEvent: async event => {
      await onEvent(event).catch(error =>
        logger.warn(`${taskId}: handling ${event.topic} failed: ${error}`),
      );
    },
  });
}
