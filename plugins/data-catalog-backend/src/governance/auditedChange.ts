import { AuditorServiceEventSeverityLevel } from '@backstage/backend-plugin-api';
import { AuditMeta, auditChange } from '@internal/plugin-authz-node';
import { Request } from 'express';
import { DataCatalogContext } from '../service/DataCatalogContext';

export type { AuditMeta };

/** A value as audit metadata: plain JSON, without undefined fields. */
export function asAuditJson(value: object): AuditMeta {
  return JSON.parse(JSON.stringify(value));
}

/** {@link auditChange} with the event described by one options object. */
export function auditedChange<T>(
  context: Pick<DataCatalogContext, 'auditor'>,
  req: Request,
  options: {
    eventId: string;
    severityLevel?: AuditorServiceEventSeverityLevel;
    meta: AuditMeta;
  },
  work: () => Promise<{ result: T; meta?: AuditMeta }>,
): Promise<T> {
  return auditChange(
    context,
    req,
    options.eventId,
    options.meta,
    work,
    options.severityLevel,
  );
}
