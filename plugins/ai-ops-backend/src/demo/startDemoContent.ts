import { AiOpsContext } from '../service/AiOpsContext';
import { seedDemoContent } from './seedDemoContent';

/**
 * With `aiOps.demo.enabled` (true in app-config.yaml, the embedded default),
 * seeds the demo organisation, workspaces and pipelines at start.
 */
export async function startDemoContent(
  context: Pick<AiOpsContext, 'config' | 'knex' | 'logger'>,
): Promise<void> {
  if (!context.config.getOptionalBoolean('aiOps.demo.enabled')) return;
  await seedDemoContent(context.knex, context.logger);
}
