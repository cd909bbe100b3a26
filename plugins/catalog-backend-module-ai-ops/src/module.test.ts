import {
  connectRecording,
  startEntityProviderModule,
} from '@internal/catalog-provider-node/testing';
import { AI_OPS_TOPICS } from '@internal/plugin-ai-ops-common';
import {
  FakeAiOpsBackend,
  pipelineEntity,
} from './__testUtils__/FakeAiOpsBackend';
import { catalogModuleAiOps } from './module';

describe('catalogModuleAiOps', () => {
  let backend: FakeAiOpsBackend;
  beforeEach(async () => {
    backend = await FakeAiOpsBackend.start();
  });
  afterEach(() => backend.close());

  const startModule = (config: object = {}) =>
    startEntityProviderModule(catalogModuleAiOps, {
      origin: backend.origin,
      config,
    });

  it('reads every 5 minutes by default, or as configured', async () => {
    const { provider, task } = await startModule();
    expect(provider.getProviderName()).toBe('ai-ops');
    expect(task).toMatchObject({
      id: 'ai-ops-entity-provider',
      frequency: { minutes: 5 },
      timeout: { minutes: 1 },
    });
    const configured = await startModule({
      catalog: {
        providers: {
          aiOps: {
            schedule: { frequency: { seconds: 15 }, timeout: { seconds: 10 } },
          },
        },
      },
    });
    expect(configured.task).toMatchObject({ frequency: { seconds: 15 } });
  });

  it('reads again when the ai-ops backend reports entities changed', async () => {
    const { provider, task, events } = await startModule();
    const { mutations, until } = await connectRecording(provider);
    backend.answerWith([pipelineEntity('ml', 'a')]);
    await events.publish({
      topic: AI_OPS_TOPICS.entitiesChanged,
      eventPayload: { workspace: 'ml' },
    });
    await until(1);
    expect(mutations).toMatchObject([
      {
        type: 'full',
        entities: [{ entity: { metadata: { name: 'ai-ops-pipeline-ml-a' } } }],
      },
    ]);
    await task.fn(new AbortController().signal);
    expect(mutations).toHaveLength(2);
  });
});
