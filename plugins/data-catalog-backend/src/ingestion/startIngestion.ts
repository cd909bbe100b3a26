import { ConflictError } from '@backstage/errors';
import { dataCatalogTopics } from '@internal/plugin-data-catalog-common';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { readConfigSources, upsertConfigSources } from './configSources';
import { nextSyncTime } from './cronSchedule';
import { compactEntityFeed } from './entityFeed';
import { readIngestionConfig } from './ingestionConfig';
import { SourcesStore } from './SourcesStore';
import { SyncRunner } from './SyncRunner';

/**
 * Starts the syncs that are due and marks dead runs interrupted. Each due
 * source's next time is set before its sync starts, so a slow sync or a
 * second dispatcher never starts it twice for the same slot.
 */
export async function dispatchDueSyncs(
  context: Pick<DataCatalogContext, 'knex' | 'logger'>,
  runner: SyncRunner,
  now = new Date(),
): Promise<string[]> {
  const interrupted = await runner.interruptStaleRuns();
  if (interrupted > 0) {
    context.logger.warn(
      `Marked ${interrupted} sync run(s) without heartbeat interrupted`,
    );
  }
  const store = new SourcesStore(context.knex);
  const started: string[] = [];
  for (const source of await store.due(now)) {
    await store.setNextSync(source.id, nextSyncTime(source.schedule, now));
    try {
      const { done } = await runner.start(source.id, { trigger: 'schedule' });
      done.catch(error =>
        context.logger.error(
          `Scheduled sync of ${source.id} crashed: ${error}`,
        ),
      );
      started.push(source.id);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      context.logger.info(
        `Scheduled sync of ${source.id} skipped: ${error.message}`,
      );
    }
  }
  return started;
}

/**
 * Ingestion's background work: sources from app-config upserted at start,
 * one dispatcher task a minute (global: one replica runs it) starting the
 * syncs whose cron is due — the scheduler cannot unschedule or re-time a
 * task, and a source's schedule is just a column the dispatcher reads —
 * and an hourly compaction of the entity feed.
 */
export async function startIngestion(
  context: DataCatalogContext,
): Promise<void> {
  const config = readIngestionConfig(context.config);
  const runner = new SyncRunner({ ...context, ...config });
  const store = new SourcesStore(context.knex);

  const { written, released } = await upsertConfigSources(
    store,
    readConfigSources(context.config, context.connectors),
  );
  for (const id of released) {
    context.logger.warn(
      `Data source ${id} is no longer in dataCatalog.sources: it is kept and editable through the API now`,
    );
  }
  if (written.length > 0) {
    await context.events.publish({
      topic: dataCatalogTopics.entitiesChanged,
      eventPayload: { sourceIds: written },
    });
  }

  await context.scheduler.scheduleTask({
    id: 'data-catalog-sync-dispatcher',
    frequency: { minutes: 1 },
    timeout: { minutes: 5 },
    initialDelay: { seconds: 15 },
    scope: 'global',
    fn: async () => {
      await dispatchDueSyncs(context, runner);
    },
  });
  await context.scheduler.scheduleTask({
    id: 'data-catalog-entity-feed-compaction',
    frequency: { hours: 1 },
    timeout: { minutes: 15 },
    initialDelay: { minutes: 5 },
    scope: 'global',
    fn: async () => {
      const deleted = await compactEntityFeed(context.knex);
      context.logger.info(
        `Entity feed compaction deleted ${deleted} superseded entries`,
      );
    },
  });
}
