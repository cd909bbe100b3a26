import { LoggerService } from '@backstage/backend-plugin-api';
import { EventsService } from '@backstage/plugin-events-node';
import { authzChangedTopic } from '@internal/plugin-authz-common';
import { PapWriter } from './PapWriter';

/**
 * Tells every replica that the PAP moved, so each PDP reloads without
 * waiting for its next poll. A failed publish only delays that.
 */
export function publishRevisions(
  writer: PapWriter,
  events: EventsService,
  logger: LoggerService,
): void {
  writer.onCommitted(async revision => {
    try {
      await events.publish({
        topic: authzChangedTopic,
        eventPayload: { revision },
      });
    } catch (error) {
      logger.warn(`Could not publish PAP revision ${revision}: ${error}`);
    }
  });
}
