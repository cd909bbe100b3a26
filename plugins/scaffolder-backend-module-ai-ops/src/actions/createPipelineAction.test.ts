import { mockCredentials } from '@backstage/backend-test-utils';
import { actionContext } from '@internal/testing';
import { startAiOpsBackend } from '../__testUtils__/startAiOpsBackend';
import { createAiOpsPipelineCreateAction } from './createPipelineAction';

describe('ai-ops:pipeline:create', () => {
  let aiOps: Awaited<ReturnType<typeof startAiOpsBackend>>;
  let action: ReturnType<typeof createAiOpsPipelineCreateAction>;
  const alice = mockCredentials.user('user:default/alice');

  beforeAll(async () => {
    aiOps = await startAiOpsBackend();
    action = createAiOpsPipelineCreateAction({
      client: aiOps.client,
      portalUrl: path => `https://portal.test${path}`,
    });
  }, 60_000);
  afterAll(() => aiOps?.backend.stop());

  const input = {
    workspace: 'ml-research',
    name: 'demand-forecast',
    title: 'Demand forecast',
    description: 'Daily demand per store',
    domain: 'time-series',
    owner: 'group:default/data-engineering',
    tags: ['retail'],
  };
  const getPipeline = (name: string) =>
    aiOps.client.call<any>({
      method: 'GET',
      path: `/workspaces/ml-research/pipelines/${name}`,
      onBehalfOf: alice,
      accept: [404],
    });

  it('creates the pipeline from the domain’s template, with its owner', async () => {
    const { ctx, outputs } = actionContext(input);
    await action.handler(ctx);
    const { body } = await getPipeline('demand-forecast');
    expect(body).toMatchObject({
      id: outputs.pipelineId,
      domain: 'time-series',
      owner: 'group:default/data-engineering',
      tags: ['retail'],
      createdBy: 'user:default/alice',
    });
    expect(body.graph.nodes.length).toBeGreaterThan(2);
    expect(outputs).toEqual({
      pipelineId: body.id,
      created: true,
      entityRef:
        'component:default/ai-ops-pipeline-ml-research-demand-forecast',
      url: 'https://portal.test/ai-ops/pipelines/demand-forecast?workspace=ml-research',
    });
  });

  it('returns the pipeline a retried task created, and refuses another task’s', async () => {
    const retryInput = { ...input, name: 'retried' };
    const first = actionContext(retryInput, { taskId: 'task-retry' });
    await action.handler(first.ctx);
    const retry = actionContext(retryInput, { taskId: 'task-retry' });
    await action.handler(retry.ctx);
    expect(retry.outputs.created).toBe(false);
    expect(retry.outputs.pipelineId).toBe(first.outputs.pipelineId);

    const other = actionContext(retryInput, { taskId: 'task-other' });
    await expect(action.handler(other.ctx)).rejects.toThrow(
      /A pipeline named 'retried' already exists in workspace 'ml-research'/,
    );
  });

  it('checks but creates nothing in a dry run', async () => {
    const dry = actionContext({ ...input, name: 'dry' }, { isDryRun: true });
    await action.handler(dry.ctx);
    expect((await getPipeline('dry')).status).toBe(404);
    expect(dry.outputs).toEqual({
      entityRef: 'component:default/ai-ops-pipeline-ml-research-dry',
    });

    const taken = actionContext(input, { isDryRun: true });
    await expect(action.handler(taken.ctx)).rejects.toThrow(/already exists/);
    const unknown = actionContext(
      { ...input, name: 'x', template: 'no-such-template' },
      { isDryRun: true },
    );
    await expect(action.handler(unknown.ctx)).rejects.toThrow(
      /No template 'no-such-template' for domain time-series/,
    );
  });

  it('takes the domain from the template chosen', async () => {
    const { domain: _domain, ...byTemplate } = input;
    const { ctx } = actionContext({
      ...byTemplate,
      name: 'shapes',
      template: 'cv-shape-classifier',
    });
    await action.handler(ctx);
    expect((await getPipeline('shapes')).body.domain).toBe('cv');
    const mismatch = actionContext({
      ...input,
      name: 'mismatch',
      template: 'cv-shape-classifier',
    });
    await expect(action.handler(mismatch.ctx)).rejects.toThrow(
      /No template 'cv-shape-classifier' for domain time-series/,
    );
  });

  it('fails the step with the backend’s reason', async () => {
    const { ctx } = actionContext({ ...input, workspace: 'nowhere' });
    await expect(action.handler(ctx)).rejects.toThrow(/404/);
  });
});
