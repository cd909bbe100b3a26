import { seedDemoContent } from './seedDemoContent';
import { SeedContext, seedDemoLineage } from './seedDemoLineage';

/**
 * With `aiOps.demo.enabled` (true in app-config.yaml, the embedded default),
 * seeds the demo organisation, workspaces and pipelines at start, and the
 * datasets and pipeline that show lineage.
 */
export async function startDemoContent(context: SeedContext): Promise<void> {
  if (!context.config.getOptionalBoolean('aiOps.demo.enabled')) return;
  await seedDemoContent(context.knex, context.logger);
  const created = await seedDemoLineage(context);
  if (created > 0)
    context.logger.info(`AI-Ops demo lineage: created ${created}`);
}
