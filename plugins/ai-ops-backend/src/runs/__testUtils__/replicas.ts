import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import eventsPlugin from '@backstage/plugin-events-backend';
import { eventsServiceFactory } from '@backstage/plugin-events-node';
import { JsonObject } from '@backstage/types';
import { AI_OPS_TOPICS } from '@internal/plugin-ai-ops-common';
import { Knex } from 'knex';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aiOpsPlugin } from '../../plugin';

/**
 * Two backends as in production: each with the ai-ops plugin and the events
 * backend, whose bus (PostgreSQL, LISTEN/NOTIFY) carries events between
 * them; each plugin's tables in a database of their own, shared by both.
 * `aiOps` adds to the plugin's config. Resolves once both replicas
 * subscribed to run changes.
 */
export async function startReplicas(
  databases: { 'ai-ops': Knex; events: Knex },
  aiOps: JsonObject = {},
) {
  const objects = mkdtempSync(join(tmpdir(), 'ai-ops-replicas-'));
  const knexOf: Record<string, Knex> = databases;
  const start = async () => {
    const backend = await startTestBackend({
      features: [
        aiOpsPlugin,
        eventsPlugin,
        eventsServiceFactory,
        createServiceFactory({
          service: coreServices.database,
          deps: { plugin: coreServices.pluginMetadata },
          factory: ({ plugin }) =>
            mockServices.database({ knex: knexOf[plugin.getId()] }),
        }),
        mockServices.rootConfig.factory({
          data: {
            // Short long-polls, so that stopping a backend does not wait long.
            events: { notifyTimeoutMs: 1000 },
            aiOps: {
              objectStore: { type: 'local', directory: objects },
              // Only the start-up sweep: runs stay on the backend that started them.
              execution: { sweepSeconds: 600 },
              ...aiOps,
            },
          },
        }),
      ],
    });
    return {
      backend,
      api: `http://localhost:${backend.server.port()}/api/ai-ops`,
    };
  };
  // One after the other, as in a rolling deploy (both migrate).
  const a = await start();
  const b = await start();
  // Each replica subscribes on its own, so each gets every change.
  for (;;) {
    const subscriptions = await databases
      .events('event_bus_subscriptions')
      .whereRaw('? = any(topics)', [AI_OPS_TOPICS.runChanged])
      .count({ count: '*' });
    if (Number(subscriptions[0].count) === 2) break;
    await new Promise(r => setTimeout(r, 100));
  }
  const stop = async () => {
    await b.backend.stop();
    await a.backend.stop();
  };
  return { a, b, stop };
}
