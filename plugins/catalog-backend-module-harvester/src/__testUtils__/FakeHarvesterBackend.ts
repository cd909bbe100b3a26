import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  HARVESTER_ANNOTATIONS,
  vmEntitiesRequestSchema,
} from '@internal/plugin-harvester-common';
import { text } from 'node:stream/consumers';
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
 * A stand-in for the harvester backend's `GET /api/harvester/entities` and
 * `POST /api/harvester/entities/vms`: 401 without the catalog's service
 * token (as the routes answer any other caller), else the answer the test
 * set, after an optional delay; for `/entities/vms` (400 for a body the
 * real route refuses) just the VMs asked for of that answer.
 */
export class FakeHarvesterBackend {
  requests = 0;
  /** The `vms` of each `POST /entities/vms`. */
  vmRequests: string[][] = [];
  delayMs = 0;
  private answer: Answer = {
    status: 200,
    body: { entities: [], unavailableClusters: [] },
  };

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeHarvesterBackend> {
    const server = createServer();
    const fake = new FakeHarvesterBackend(server);
    server.on('request', async (req, res) => {
      fake.requests += 1;
      const { status, body } = fake.answerTo(req, await text(req));
      setTimeout(() => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      }, fake.delayMs);
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  private answerTo(req: IncomingMessage, requestBody: string): Answer {
    const route = `${req.method} ${req.url}`;
    if (
      route !== 'GET /api/harvester/entities' &&
      route !== 'POST /api/harvester/entities/vms'
    ) {
      return { status: 404, body: { error: { name: 'NotFoundError' } } };
    }
    if (req.headers.authorization !== catalogServiceHeader) {
      return { status: 401, body: { error: { name: 'AuthenticationError' } } };
    }
    if (route === 'GET /api/harvester/entities' || this.answer.status !== 200) {
      return this.answer;
    }
    const asked = vmEntitiesRequestSchema.safeParse(
      JSON.parse(requestBody || 'null'),
    );
    if (!asked.success) {
      return { status: 400, body: { error: { name: 'InputError' } } };
    }
    this.vmRequests.push(asked.data.vms);
    const { entities, unavailableClusters } = this.answer
      .body as HarvesterEntities;
    return {
      status: 200,
      body: {
        entities: entities.filter(entity =>
          asked.data.vms.includes(
            entity.metadata.annotations?.[HARVESTER_ANNOTATIONS.vm] ?? '',
          ),
        ),
        unavailableClusters,
      },
    };
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
