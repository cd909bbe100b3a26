import { Response } from 'express';
import { AuditFilter, AuditStore, matchesAuditFilter } from '../../audit';

export const heartbeatMs = 15_000;

/**
 * Server-Sent Events: each new matching entry as `event: entry`, and a
 * comment line every `heartbeat` ms so that proxies keep the connection
 * open. `no-transform` keeps the compression middleware from buffering the
 * events. Stops listening when the client goes away.
 */
export function streamAuditEntries(
  res: Response,
  store: AuditStore,
  filter: AuditFilter,
  heartbeat = heartbeatMs,
): void {
  res.status(200);
  res.set({
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();
  res.write(': connected\n\n');

  const unsubscribe = store.subscribe(entry => {
    if (!res.destroyed && matchesAuditFilter(entry, filter)) {
      res.write(`event: entry\ndata: ${JSON.stringify(entry)}\n\n`);
    }
  });
  const timer = setInterval(() => res.write(': heartbeat\n\n'), heartbeat);
  res.on('close', () => {
    clearInterval(timer);
    unsubscribe();
  });
}
