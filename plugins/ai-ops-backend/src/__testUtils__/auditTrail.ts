import { AuditorService } from '@backstage/backend-plugin-api';

export type AuditedChange = {
  eventId: string;
  meta: unknown;
  /** The meta `success` was called with; undefined when it was not. */
  succeeded?: unknown;
  failed: boolean;
};

/** What a `mockServices.auditor.mock()` was told, event by event. */
export async function auditTrail(
  auditor: AuditorService,
): Promise<AuditedChange[]> {
  const createEvent = auditor.createEvent as jest.Mock;
  return Promise.all(
    createEvent.mock.calls.map(async ([options], index) => {
      const event = await createEvent.mock.results[index].value;
      const success = (event.success as jest.Mock).mock.calls[0];
      return {
        eventId: options.eventId,
        meta: options.meta,
        succeeded: success ? success[0]?.meta ?? {} : undefined,
        failed: (event.fail as jest.Mock).mock.calls.length > 0,
      };
    }),
  );
}
