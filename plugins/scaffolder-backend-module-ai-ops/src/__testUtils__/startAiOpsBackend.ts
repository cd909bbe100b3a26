import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
// The actions are tested against the real ai-ops backend, not a stand-in.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import aiOpsPlugin from '@internal/plugin-ai-ops-backend';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AiOpsApiClient } from '../actions/AiOpsApiClient';

/**
 * The real ai-ops backend plugin with its demo workspaces (`ml-research`,
 * `forecasting`) on an in-memory database, every permission allowed, and a
 * client for the actions that reaches it on behalf of the task's user.
 */
export async function startAiOpsBackend() {
  const objects = mkdtempSync(join(tmpdir(), 'ai-ops-scaffolder-'));
  const backend = await startTestBackend({
    features: [
      aiOpsPlugin,
      mockServices.rootConfig.factory({
        data: {
          aiOps: {
            demo: { enabled: true },
            objectStore: { type: 'local', directory: objects },
          },
        },
      }),
    ],
  });
  const baseUrl = `http://localhost:${backend.server.port()}/api/ai-ops`;
  const client = new AiOpsApiClient({
    discovery: mockServices.discovery.mock({ getBaseUrl: async () => baseUrl }),
    auth: mockServices.auth(),
  });
  return { backend, client, baseUrl, objects };
}
