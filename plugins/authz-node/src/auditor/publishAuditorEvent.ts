import { LoggerService } from '@backstage/backend-plugin-api';
import { AuditorEvent } from '@backstage/backend-defaults/auditor';
import { EventsService } from '@backstage/plugin-events-node';
import { AsyncLocalStorage } from 'node:async_hooks';
import { PortalAuditEventPayload, portalAuditTopic } from './portalAuditTopic';

const severityOrder = ['low', 'medium', 'high', 'critical'] as const;
export type AuditSeverity = (typeof severityOrder)[number];

/** Set while an auditor event is being published, in that async context. */
const publishing = new AsyncLocalStorage<boolean>();

/**
 * Publishes a finished auditor event on {@link portalAuditTopic}, without
 * holding up the audited request; a failure to publish is logged, never
 * thrown at the plugin that audits.
 *
 * Nothing is published for auditor events raised while publishing (by the
 * bus or its subscribers, which run in this async context), nor for the
 * events plugin itself, whose requests carry what we publish: either would
 * publish in a loop.
 */
export function publishAuditorEvent(
  events: EventsService,
  logger: LoggerService,
  event: AuditorEvent,
  minimumSeverity: AuditSeverity = 'low',
): void {
  if (
    event.status === 'initiated' ||
    // Reads (the catalog's entity-fetch, say) are low and would drown the log.
    severityOrder.indexOf(event.severityLevel) <
      severityOrder.indexOf(minimumSeverity) ||
    event.plugin === 'events' ||
    publishing.getStore()
  ) {
    return;
  }
  const payload: PortalAuditEventPayload = {
    plugin: event.plugin,
    eventId: event.eventId,
    severityLevel: event.severityLevel,
    actor: event.actor,
    meta: event.meta,
    request: event.request,
    status: event.status,
    error:
      event.status === 'failed'
        ? String(event.error?.message ?? event.error)
        : undefined,
    time: new Date().toISOString(),
  };
  publishing
    .run(true, () =>
      events.publish({ topic: portalAuditTopic, eventPayload: payload }),
    )
    .catch(error =>
      logger.warn(
        `Could not publish auditor event ${event.plugin}.${event.eventId} on ${portalAuditTopic}`,
        error,
      ),
    );
}
