import { AuditorServiceEventSeverityLevel } from '@backstage/backend-plugin-api';
import {
  AuditorEvent,
  AuditorEventActorDetails,
  AuditorEventRequest,
} from '@backstage/backend-defaults/auditor';

/** The events topic every plugin's finished auditor events are published on. */
export const portalAuditTopic = 'platform-portal.audit';

/** A finished auditor event as published on {@link portalAuditTopic}. */
export type PortalAuditEventPayload = {
  plugin: string;
  eventId: string;
  severityLevel: AuditorServiceEventSeverityLevel;
  actor: AuditorEventActorDetails;
  meta?: AuditorEvent['meta'];
  request?: AuditorEventRequest;
  status: 'succeeded' | 'failed';
  /** The message of the error a failed event carries. */
  error?: string;
  time: string;
};
