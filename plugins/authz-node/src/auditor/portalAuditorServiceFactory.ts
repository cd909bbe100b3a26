import {
  coreServices,
  createServiceFactory,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  AuditorEvent,
  DefaultAuditorService,
} from '@backstage/backend-defaults/auditor';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { AuditSeverity, publishAuditorEvent } from './publishAuditorEvent';
import { AuditLogLevel, readSeverityLogLevels } from './severityLogLevels';

/** Events are JSON but for optional fields, which the logger drops. */
type LogFields = Parameters<LoggerService['child']>[0];

/** What backend-defaults' auditorServiceFactory does with every event. */
function logAuditorEvent(
  auditLogger: LoggerService,
  levels: Record<AuditorEvent['severityLevel'], AuditLogLevel>,
  event: AuditorEvent,
) {
  const level = levels[event.severityLevel];
  const message = `${event.plugin}.${event.eventId}`;
  if ('error' in event) {
    const { error, ...rest } = event;
    auditLogger.child(rest as LogFields)[level](message, error);
  } else {
    auditLogger[level](message, event as LogFields);
  }
}

/**
 * The portal's `coreServices.auditor`: logs every event exactly like the
 * default one, and also publishes finished events (succeeded or failed) on
 * the `platform-portal.audit` topic, where the Access family's audit log
 * picks them up; only from `authz.audit.auditorMinimumSeverity` (default
 * `medium`) up. Install with `backend.add(portalAuditorServiceFactory)`.
 */
export const portalAuditorServiceFactory = createServiceFactory({
  service: coreServices.auditor,
  deps: {
    config: coreServices.rootConfig,
    logger: coreServices.logger,
    auth: coreServices.auth,
    httpAuth: coreServices.httpAuth,
    plugin: coreServices.pluginMetadata,
    events: eventsServiceRef,
  },
  factory({ config, logger, auth, httpAuth, plugin, events }) {
    const auditLogger = logger.child({ isAuditEvent: true });
    const levels = readSeverityLogLevels(config);
    const minimumSeverity = (config.getOptionalString(
      'authz.audit.auditorMinimumSeverity',
    ) ?? 'medium') as AuditSeverity;
    return DefaultAuditorService.create(
      event => {
        logAuditorEvent(auditLogger, levels, event);
        publishAuditorEvent(events, logger, event, minimumSeverity);
      },
      { plugin, auth, httpAuth },
    );
  },
});
