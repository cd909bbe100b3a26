import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import express from 'express';
import { once } from 'node:events';
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { change, decision } from '../../audit/__testUtils__/auditFixtures';
import { waitFor } from '../../audit/__testUtils__/waitFor';
import {
  createAuditTestApp,
  openEventStream,
  userAuth,
} from './__testUtils__/auditTestApp';
import { streamAuditEntries } from './auditStream';

jest.setTimeout(60_000);

const cookie = { Cookie: mockCredentials.limitedUser.cookie() };

describe('GET /stream', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  const servers: Server[] = [];

  async function listen(app: express.Express) {
    const server = app.listen(0, '127.0.0.1');
    servers.push(server);
    await once(server, 'listening');
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      server.close();
    }
  });

  it('sends each new entry that matches its filters, with the user cookie', async () => {
    const { app, store } = await createAuditTestApp(databases, [
      'authz.audit.read',
    ]);
    const base = await listen(app);
    const unsubscribed = jest.fn();
    const subscribe = store.subscribe.bind(store);
    jest.spyOn(store, 'subscribe').mockImplementation(listener => {
      const unsubscribe = subscribe(listener);
      return () => {
        unsubscribe();
        unsubscribed();
      };
    });

    const decisions = await openEventStream(
      `${base}/stream?kind=decision&result=DENY`,
      cookie,
    );
    expect(decisions.response.status).toBe(200);
    expect(decisions.response.headers.get('content-type')).toBe(
      'text/event-stream; charset=utf-8',
    );
    expect(await decisions.next()).toEqual({ comments: ['connected'] });
    const everything = await openEventStream(`${base}/stream`, userAuth);
    expect(await everything.next()).toEqual({ comments: ['connected'] });

    const recorded = await store.recordChangeNow(change());
    const allowed = decision();
    const denied = decision({ result: 'DENY' });
    await store.recordDecisions([allowed, denied]);

    // The change and the allowed decision came first but do not match.
    const event = await decisions.next();
    expect(event.event).toBe('entry');
    expect(JSON.parse(event.data!)).toEqual({ kind: 'decision', ...denied });

    const all = [
      await everything.next(),
      await everything.next(),
      await everything.next(),
    ];
    expect(all.map(block => JSON.parse(block.data!).id)).toEqual([
      recorded.id,
      allowed.id,
      denied.id,
    ]);

    // Both streams stop listening once their clients go.
    expect(unsubscribed).not.toHaveBeenCalled();
    decisions.close();
    everything.close();
    await waitFor(() => expect(unsubscribed).toHaveBeenCalledTimes(2));
  });

  it('refuses callers without credentials or the permission, and cookies elsewhere', async () => {
    const denied = await createAuditTestApp(databases, []);
    const deniedBase = await listen(denied.app);
    const forbidden = await fetch(`${deniedBase}/stream`, { headers: cookie });
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).error.message).toBe(
      'authz.audit.read denied',
    );

    const { app } = await createAuditTestApp(databases, ['authz.audit.read']);
    const base = await listen(app);
    expect((await fetch(`${base}/stream`)).status).toBe(401);
    expect((await fetch(`${base}/entries`, { headers: cookie })).status).toBe(
      401,
    );
  });

  it('sends a heartbeat comment while nothing happens', async () => {
    const { store } = await createAuditTestApp(databases, []);
    const app = express().get('/stream', (_req, res) =>
      streamAuditEntries(res, store, {}, 50),
    );
    const stream = await openEventStream(`${await listen(app)}/stream`, {});
    expect(await stream.next()).toEqual({ comments: ['connected'] });
    expect(await stream.next()).toEqual({ comments: ['heartbeat'] });
    expect(await stream.next()).toEqual({ comments: ['heartbeat'] });
    stream.close();
  });
});
