import {
  AuditorServiceCreateEventOptions,
  AuditorServiceEventSeverityLevel,
} from '@backstage/backend-plugin-api';
import { Request } from 'express';
import { DataCatalogContext } from '../service/DataCatalogContext';

/** What an audit event records (JSON). */
export type AuditMeta = NonNullable<AuditorServiceCreateEventOptions['meta']>;

/** A value as audit metadata: plain JSON, without undefined fields. */
export function asAuditJson(value: object): AuditMeta {
  return JSON.parse(JSON.stringify(value));
}

/**
 * Wraps a security-relevant change in an auditor event: created before the
 * work, then marked successful with what changed, or failed with the error.
 */
export async function auditedChange<T>(
  context: Pick<DataCatalogContext, 'auditor'>,
  req: Request,
  options: {
    eventId: string;
    severityLevel?: AuditorServiceEventSeverityLevel;
    meta: AuditMeta;
  },
  work: () => Promise<{ result: T; meta?: AuditMeta }>,
): Promise<T> {
  const event = await context.auditor.createEvent({
    eventId: options.eventId,
    severityLevel: options.severityLevel ?? 'medium',
    request: req,
    meta: options.meta,
  });
  try {
    const { result, meta } = await work();
    await event.success({ meta });
    return result;
  } catch (error) {
    await event.fail({ error: error as Error });
    throw error;
  }
}
