import {
  AuditorService,
  AuditorServiceCreateEventOptions,
  AuditorServiceEventSeverityLevel,
} from '@backstage/backend-plugin-api';
import { Request } from 'express';

/** What an audit event records (JSON). */
export type AuditMeta = NonNullable<AuditorServiceCreateEventOptions['meta']>;

/**
 * Runs a change inside an auditor event: initiated with what is about to
 * change (`meta`), then succeeded with what `work` reports, or failed with
 * its error, which is thrown on.
 */
export async function auditChange<T>(
  context: { auditor: AuditorService },
  /** Undefined for changes no request made (a background job). */
  req: Request | undefined,
  eventId: string,
  meta: AuditMeta,
  work: () => Promise<{ result: T; meta?: AuditMeta }>,
  severityLevel: AuditorServiceEventSeverityLevel = 'medium',
): Promise<T> {
  const event = await context.auditor.createEvent({
    eventId,
    severityLevel,
    request: req,
    meta,
  });
  try {
    const done = await work();
    await event.success({ meta: done.meta });
    return done.result;
  } catch (error) {
    await event.fail({ error: error as Error, meta });
    throw error;
  }
}
