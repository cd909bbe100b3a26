import { InputError } from '@backstage/errors';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { applyDemoGovernance } from './applyDemoGovernance';
import { DemoContentError } from './demoTables';
import { demoGovernanceFile, loadDemoGovernance } from './loadDemoGovernance';

/**
 * With the demo warehouse configured (`dataCatalog.demo.databaseFile`),
 * applies `demo/governance.yaml` once its first sync succeeded. The file is
 * validated at start, so a broken one stops the backend with its paths. A
 * frequent check rather than the sync's event: it also catches up after a
 * restart between the sync and the content, and costs one lookup until
 * then; once settled on this instance, it does nothing.
 */
export async function startDemoContent(
  context: DataCatalogContext,
): Promise<void> {
  if (!context.config.getOptionalString('dataCatalog.demo.databaseFile')) {
    return;
  }
  const content = await loadDemoGovernance(demoGovernanceFile());
  let settled = false;
  await context.scheduler.scheduleTask({
    id: 'data-catalog-demo-content',
    frequency: { seconds: 20 },
    timeout: { minutes: 5 },
    // The sync dispatcher first starts the demo's sync after 15 s.
    initialDelay: { seconds: 20 },
    scope: 'global',
    fn: async () => {
      if (settled) return;
      try {
        settled =
          (await applyDemoGovernance(context, content)) !== 'waiting-for-sync';
      } catch (error) {
        // Content the catalog refuses fails the same way on every retry;
        // anything else (the database away) is retried.
        settled =
          error instanceof DemoContentError || error instanceof InputError;
        context.logger.error(
          `Demo content not applied${
            settled ? ' (fix demo/governance.yaml and restart)' : ''
          }: ${error}`,
        );
      }
    },
  });
}
