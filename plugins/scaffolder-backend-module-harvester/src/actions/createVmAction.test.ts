import { mockServices } from '@backstage/backend-test-utils';
import { actionContext } from '@internal/testing';
import express from 'express';
import { AddressInfo } from 'node:net';
import { Server } from 'node:http';
import { createHarvesterVmCreateAction } from './createVmAction';
import { HarvesterVmsClient } from './HarvesterVmsClient';

type Recorded = { path: string; body: any; authorization?: string };

/**
 * FakeHarvesterBackend: answers `POST .../vms` like the harvester backend
 * does (201 created, 200 created:false for a known idempotency key, a
 * manifest for a dry run), so the action's protocol is what is tested.
 */
async function startFakeHarvesterBackend() {
  const requests: Recorded[] = [];
  const keys = new Set<string>();
  const app = express().use(express.json());
  app.post(
    '/api/harvester/clusters/:cluster/namespaces/:ns/vms',
    (req, res) => {
      requests.push({
        path: req.path,
        body: req.body,
        authorization: req.headers.authorization,
      });
      if (req.body.name === 'forbidden') {
        res.status(403).json({
          error: {
            name: 'NotAllowedError',
            message: 'harvester.vm.create denied',
          },
        });
        return;
      }
      const vm = { name: req.body.name, namespace: req.params.ns };
      if (req.body.dryRun) {
        res.json({ created: false, manifest: { kind: 'VirtualMachine' } });
      } else if (keys.has(req.body.idempotencyKey)) {
        res.json({ vm, created: false });
      } else {
        keys.add(req.body.idempotencyKey);
        res.status(201).json({ vm, created: true });
      }
    },
  );
  const server: Server = await new Promise(resolve => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    requests,
    baseUrl: `http://127.0.0.1:${port}/api/harvester`,
    close: () => new Promise(resolve => server.close(resolve)),
  };
}

describe('harvester:vm:create', () => {
  let backend: Awaited<ReturnType<typeof startFakeHarvesterBackend>>;
  let action: ReturnType<typeof createHarvesterVmCreateAction>;

  beforeAll(async () => {
    backend = await startFakeHarvesterBackend();
    const discovery = mockServices.discovery.mock({
      getBaseUrl: async () => backend.baseUrl,
    });
    action = createHarvesterVmCreateAction(
      new HarvesterVmsClient({ discovery, auth: mockServices.auth() }),
    );
  });
  afterAll(() => backend.close());
  beforeEach(() => backend.requests.splice(0));

  const input = {
    cluster: 'resource:default/demo-east',
    namespace: 'platform',
    name: 'web-1',
    owner: 'group:default/platform-team',
    source: 'image',
    image: 'default/ubuntu-22-04',
    template: 'default/ubuntu-small',
    cpuCores: 2,
    memory: '4Gi',
    sshKey: 'default/ops-key',
    start: true,
  };

  it('creates the VM on behalf of the user, with the chosen owner', async () => {
    const { ctx, outputs } = actionContext(input);
    await action.handler(ctx);

    expect(backend.requests).toHaveLength(1);
    const [request] = backend.requests;
    expect(request.path).toBe(
      '/api/harvester/clusters/demo-east/namespaces/platform/vms',
    );
    expect(request.authorization).toMatch(/^Bearer /);
    expect(request.body).toMatchObject({
      name: 'web-1',
      owner: 'group:default/platform-team',
      image: 'default/ubuntu-22-04',
      sshKeys: ['default/ops-key'],
      runStrategy: 'RerunOnFailure',
      dryRun: false,
      idempotencyKey: 'scaffolder:task-1:demo-east/platform/web-1',
    });
    expect(request.body.template).toBeUndefined();
    expect(outputs).toEqual({
      created: true,
      vmRef: 'demo-east/platform/web-1',
      entityRef: 'resource:default/demo-east-platform-web-1',
    });
  });

  it('gets the existing VM when a retried task runs the step again', async () => {
    const first = actionContext(input, { taskId: 'task-retry' });
    await action.handler(first.ctx);
    // A retry is a new run of the step: no checkpoint, same task id.
    const retry = actionContext(input, { taskId: 'task-retry' });
    await action.handler(retry.ctx);

    expect(backend.requests.map(r => r.body.idempotencyKey)).toEqual([
      'scaffolder:task-retry:demo-east/platform/web-1',
      'scaffolder:task-retry:demo-east/platform/web-1',
    ]);
    expect(first.outputs.created).toBe(true);
    expect(retry.outputs.created).toBe(false);
  });

  it('asks for a dry run and outputs the manifest', async () => {
    const { ctx, outputs } = actionContext(input, { isDryRun: true });
    await action.handler(ctx);
    expect(backend.requests[0].body.dryRun).toBe(true);
    expect(outputs.manifest).toEqual({ kind: 'VirtualMachine' });
    expect(outputs.created).toBeUndefined();
  });

  it('fails the step with the policy denial', async () => {
    const { ctx } = actionContext({ ...input, name: 'forbidden' });
    await expect(action.handler(ctx)).rejects.toThrow(
      /harvester.vm.create denied/,
    );
  });
});
