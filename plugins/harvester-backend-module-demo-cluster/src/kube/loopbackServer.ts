import http from 'node:http';
import { AddressInfo } from 'node:net';

/** A fake server listening on 127.0.0.1. */
export type LoopbackServer = {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  close(): Promise<void>;
};

/** Starts `server` on a free loopback port; `close` also ends open connections. */
export async function listenOnLoopback(
  server: http.Server,
  /** Closed after the server, e.g. the client of an upstream it fronts. */
  alsoClose?: { close(): void },
): Promise<LoopbackServer> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>(resolve => server.close(() => resolve()));
      alsoClose?.close();
    },
  };
}
