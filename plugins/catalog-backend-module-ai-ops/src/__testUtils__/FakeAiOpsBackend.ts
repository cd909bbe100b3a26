import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';

/** The only caller the route accepts: the catalog plugin's service token. */
const catalogServiceHeader = mockCredentials.service.header({
  onBehalfOf: mockCredentials.service('plugin:catalog'),
  targetPluginId: 'ai-ops',
});

/**
 * A stand-in for the ai-ops backend's `GET /api/ai-ops/entities`: 401
 * without the catalog's service token (as the route answers any other
 * caller), else the entities (or failure) the test set, after a delay.
 */
export class FakeAiOpsBackend {
  requests = 0;
  delayMs = 0;
  private answer: { status: number; body: unknown } = {
    status: 200,
    body: { entities: [] },
  };

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeAiOpsBackend> {
    const server = createServer();
    const fake = new FakeAiOpsBackend(server);
    server.on('request', (req, res) => {
      fake.requests += 1;
      let answer = fake.answer;
      if (`${req.method} ${req.url}` !== 'GET /api/ai-ops/entities') {
        answer = { status: 404, body: { error: { name: 'NotFoundError' } } };
      } else if (req.headers.authorization !== catalogServiceHeader) {
        answer = {
          status: 401,
          body: { error: { name: 'AuthenticationError' } },
        };
      }
      setTimeout(() => {
        res.writeHead(answer.status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(answer.body));
      }, fake.delayMs);
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  answerWith(entities: Entity[]) {
    this.answer = { status: 200, body: { entities } };
  }

  failWith(status: number, message: string) {
    this.answer = { status, body: { error: { name: 'Error', message } } };
  }

  close(): Promise<void> {
    return new Promise(resolve => this.server.close(() => resolve()));
  }
}

/** A pipeline entity as the ai-ops backend gives it. */
export function pipelineEntity(workspace: string, name: string): Entity {
  const location = `ai-ops:${workspace}`;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: `ai-ops-pipeline-${workspace}-${name}`,
      annotations: {
        'backstage.io/managed-by-location': location,
        'backstage.io/managed-by-origin-location': location,
      },
    },
    spec: {
      type: 'ai-pipeline',
      lifecycle: 'production',
      owner: 'group:default/ml',
    },
  };
}
