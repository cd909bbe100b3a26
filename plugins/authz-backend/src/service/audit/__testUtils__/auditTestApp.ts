import {
  mockCredentials,
  mockErrorHandler,
  TestDatabases,
} from '@backstage/backend-test-utils';
import express from 'express';
import { AuditStore } from '../../../audit';
import { applyDatabaseMigrations } from '../../../database/migrations';
import { createRouterTestContext } from '../../__testUtils__/routerTestContext';
import { createAuditRouter } from '..';

/**
 * The audit router on a real AuditStore (SQLite) behind mock auth: a request
 * without credentials is unauthenticated, and only the permissions named in
 * `allowed` are granted.
 */
export async function createAuditTestApp(
  databases: TestDatabases,
  allowed: string[],
) {
  const knex = await databases.init('SQLITE_3');
  await applyDatabaseMigrations(knex);
  const store = new AuditStore(knex);
  const { context, permissions } = createRouterTestContext({
    knex,
    changes: store,
    // The audit router never reads the PAP state.
    pdpData: {
      load: jest.fn().mockRejectedValue(new Error('unexpected')),
      revision: jest.fn().mockRejectedValue(new Error('unexpected')),
    },
    allowed,
  });
  const router = await createAuditRouter(context, store, permissions);
  const app = express().use(router).use(mockErrorHandler());
  return { app, store, knex };
}

export const userAuth = { Authorization: mockCredentials.user.header() };

/** A parsed Server-Sent Event block. */
export type SseBlock = { event?: string; data?: string; comments: string[] };

/**
 * Connects to an SSE endpoint with fetch and reads it block by block, the
 * way an EventSource would.
 */
export async function openEventStream(
  url: string,
  headers: Record<string, string>,
) {
  const controller = new AbortController();
  const response = await fetch(url, { headers, signal: controller.signal });
  const reader = response
    .body!.pipeThrough(new TextDecoderStream())
    .getReader();
  let buffer = '';
  async function next(): Promise<SseBlock> {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block: SseBlock = { comments: [] };
        for (const line of buffer.slice(0, end).split('\n')) {
          if (line.startsWith(':')) block.comments.push(line.slice(1).trim());
          if (line.startsWith('event: ')) block.event = line.slice(7);
          if (line.startsWith('data: ')) block.data = line.slice(6);
        }
        buffer = buffer.slice(end + 2);
        return block;
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('The event stream ended');
      buffer += value;
    }
  }
  return { response, next, close: () => controller.abort() };
}
