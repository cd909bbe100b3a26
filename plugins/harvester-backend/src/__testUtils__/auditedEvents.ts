/** The audit events a test context's auditor saw: id, meta and outcome. */
export async function auditedEvents(context: {
  auditor: { createEvent: unknown };
}) {
  const createEvent = context.auditor.createEvent as jest.Mock;
  return Promise.all(
    createEvent.mock.calls.map(async ([options], i) => {
      const event = await createEvent.mock.results[i].value;
      return {
        eventId: options.eventId as string,
        meta: options.meta as Record<string, unknown>,
        succeeded: event.success.mock.calls.length > 0,
        failed: event.fail.mock.calls.length > 0,
      };
    }),
  );
}
