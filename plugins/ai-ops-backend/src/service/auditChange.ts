import { AuditorServiceCreateEventOptions } from '@backstage/backend-plugin-api';
import { Request } from 'express';
import { AiOpsContext } from './AiOpsContext';

export type AuditMeta = NonNullable<AuditorServiceCreateEventOptions['meta']>;

/**
 * Runs a change inside an auditor event (`medium` severity): initiated with
 * what is about to change (`before`), then succeeded with what `work`
 * reports (`after`), or failed with its error, which is thrown on.
 */
export async function auditChange<T>(
  context: Pick<AiOpsContext, 'auditor'>,
  /** Undefined for changes no request made (a run recording lineage). */
  req: Request | undefined,
  eventId: string,
  meta: AuditMeta,
  work: () => Promise<{ result: T; meta?: AuditMeta }>,
): Promise<T> {
  const event = await context.auditor.createEvent({
    eventId,
    severityLevel: 'medium',
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
