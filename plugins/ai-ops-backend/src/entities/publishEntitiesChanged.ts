import { AI_OPS_TOPICS } from '@internal/plugin-ai-ops-common';
import { AiOpsContext } from '../service/AiOpsContext';

/** Tells the catalog module a workspace's pipelines or datasets changed. */
export async function publishEntitiesChanged(
  context: Pick<AiOpsContext, 'events'>,
  workspace: string,
): Promise<void> {
  await context.events.publish({
    topic: AI_OPS_TOPICS.entitiesChanged,
    eventPayload: { workspace },
  });
}
