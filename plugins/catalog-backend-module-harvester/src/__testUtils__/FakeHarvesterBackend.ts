import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { HarvesterEntities } from '../HarvesterEntitiesClient';

type Answer = { status: number; body: unknown };

/** The only caller the route accepts: the catalog plugin's service token. */
const catalogServiceHeader = mockCredentials.service.header({
  onBehalfOf: mockCredentials.service('plugin:catalog'),
  targetPluginId: 'harvester',
});

/**
 * A stand-in for the harvester backend's `GET /api/harvester/entities`:
 * 401 without the catalog's service token (as the route answers any other
 * caller), else the answer the test set, after an optional delay.
 */
export class FakeHarvesterBackend {
  requests = 0;
  delayMs = 0;
  private answer: Answer = {
    status: 200,
    body: { entities: [], unavailableClusters: [] },
  };

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeHarvesterBackend> {
    const server = createServer();
    const fake = new FakeHarvesterBackend(server);
    server.on('request', (req, res) => {
      fake.requests += 1;
      const { status, body } = fake.answerTo(req);
      setTimeout(() => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      }, fake.delayMs);
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  private answerTo(req: IncomingMessage): Answer {
    if (req.url !== '/api/harvester/entities') {
      return { status: 404, body: { error: { name: 'NotFoundError' } } };
    }
    if (req.headers.authorization !== catalogServiceHeader) {
      return { status: 401, body: { error: { name: 'AuthenticationError' } } };
    }
    return this.answer;
  }

  /** Where the fake listens; the route is under `/api/harvester`. */
  get origin(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  answerWith(entities: HarvesterEntities): void {
    this.answer = { status: 200, body: entities };
  }

  failWith(status: number, message: string): void {
    this.answer = { status, body: { error: { name: 'Error', message } } };
  }

  close(): Promise<void> {
    return new Promise(resolve => this.server.close(() => resolve()));
  }
}

/** An entity as the harvester backend describes a cluster or a VM. */
export function harvesterEntity(
  cluster: string,
  vm?: { namespace: string; name: string },
): Entity {
  const location = `harvester:${cluster}`;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: vm ? `${cluster}-${vm.namespace}-${vm.name}` : cluster,
      namespace: 'default',
      annotations: {
        'backstage.io/managed-by-location': location,
        'backstage.io/managed-by-origin-location': location,
        ...(vm && {
          'platform-portal.dev/harvester-vm': `${cluster}/${vm.namespace}/${vm.name}`,
        }),
      },
    },
    spec: {
      type: vm ? 'harvester-vm' : 'harvester-cluster',
      owner: 'group:default/virtualization-team',
    },
  };
}
