import { RunLauncher } from '../runs/RunLauncher';
import { AiOpsContext } from '../service/AiOpsContext';
import { EventTriggers, triggerTopics } from './EventTriggers';
import { readSchedulerConfig } from './schedulerConfig';
import { ScheduleTicker } from './ScheduleTicker';

/**
 * Fires schedules from a scheduler task that runs once across replicas
 * every `aiOps.scheduler.tickSeconds`, and starts pipelines on the events
 * their triggers listen to.
 */
export async function startSchedules(
  context: AiOpsContext,
  launcher: RunLauncher,
): Promise<void> {
  const config = readSchedulerConfig(context.config);
  const ticker = new ScheduleTicker({
    knex: context.knex,
    launcher,
    logger: context.logger,
    config,
  });
  await context.scheduler.scheduleTask({
    id: 'ai-ops-schedules-tick',
    frequency: { seconds: config.tickSeconds },
    timeout: { minutes: 5 },
    scope: 'global',
    fn: () => ticker.tick(),
  });
  const triggers = new EventTriggers({
    knex: context.knex,
    launcher,
    logger: context.logger,
  });
  await context.events.subscribe({
    id: 'ai-ops-triggers',
    topics: triggerTopics(),
    onEvent: event => triggers.handle(event),
  });
}
