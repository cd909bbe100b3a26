import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionContext } from '@internal/testing';
import { startAiOpsBackend } from '../__testUtils__/startAiOpsBackend';
import { createAiOpsDatasetRegisterAction } from './registerDatasetAction';

describe('ai-ops:dataset:register', () => {
  let aiOps: Awaited<ReturnType<typeof startAiOpsBackend>>;
  let action: ReturnType<typeof createAiOpsDatasetRegisterAction>;

  beforeAll(async () => {
    aiOps = await startAiOpsBackend();
    action = createAiOpsDatasetRegisterAction({
      client: aiOps.client,
      portalUrl: path => `https://portal.test${path}`,
    });
    // A file in the workspace's part of the object store.
    const folder = join(aiOps.objects, 'workspaces', 'forecasting', 'uploads');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, 'sales.csv'),
      'store,day,units\n1,2026-01-01,10\n2,2026-01-01,7\n1,2026-01-02,12\n',
    );
  }, 60_000);
  afterAll(() => aiOps?.backend.stop());

  const input = {
    workspace: 'forecasting',
    name: 'sales',
    title: 'Sales',
    format: 'csv',
    owner: 'group:default/data-engineering',
    location: 'uploads/sales.csv',
    tags: ['retail'],
  };

  it('creates the dataset and registers version 1 as read by the backend', async () => {
    const { ctx, outputs } = actionContext(input);
    await action.handler(ctx);
    expect(outputs).toEqual({
      entityRef: 'resource:default/ai-ops-dataset-forecasting-sales',
      datasetId: expect.any(String),
      version: 1,
      rowCount: 3,
      hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      url: 'https://portal.test/ai-ops/datasets/sales?workspace=forecasting',
    });
  });

  it('answers the same dataset and version to a retry, and refuses another user’s', async () => {
    const first = actionContext({ ...input, name: 'orders' });
    await action.handler(first.ctx);
    const retry = actionContext({ ...input, name: 'orders' });
    await action.handler(retry.ctx);
    expect(retry.outputs).toEqual(first.outputs);

    const bob = actionContext(
      { ...input, name: 'orders' },
      { user: 'user:default/bob' },
    );
    await expect(action.handler(bob.ctx)).rejects.toThrow(
      /A dataset named 'orders' already exists in workspace 'forecasting'/,
    );
  });

  it('checks but creates nothing in a dry run, and reports unreadable data', async () => {
    const dry = actionContext({ ...input, name: 'dry' }, { isDryRun: true });
    await action.handler(dry.ctx);
    expect(Object.keys(dry.outputs)).toEqual(['entityRef']);
    const missing = actionContext({
      ...input,
      name: 'missing',
      location: 'uploads/none.csv',
    });
    await expect(action.handler(missing.ctx)).rejects.toThrow(/404/);
  });
});
