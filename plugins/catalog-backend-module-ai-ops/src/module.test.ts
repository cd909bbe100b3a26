import { createServiceFactory } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  catalogProcessingExtensionPoint,
  EntityProvider,
  EntityProviderMutation,
} from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
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

  async function startModule(config: object = {}) {
    const providers: EntityProvider[] = [];
    const scheduler = mockServices.scheduler.mock();
    const events = mockServices.events();
    await startTestBackend({
      extensionPoints: [
        [
          catalogProcessingExtensionPoint,
          { addEntityProvider: (p: EntityProvider) => providers.push(p) },
        ],
      ],
      features: [
        catalogModuleAiOps,
        scheduler.factory,
        mockServices.rootConfig.factory({ data: config }),
        mockServices.discovery.mock({
          getBaseUrl: async pluginId => `${backend.origin}/api/${pluginId}`,
        }).factory,
        createServiceFactory({
          service: eventsServiceRef,
          deps: {},
          factory: () => events,
        }),
      ],
    });
    const [task] = scheduler.scheduleTask.mock.calls.map(([t]) => t);
    return { provider: providers[0], task, events };
  }

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
    const mutations: EntityProviderMutation[] = [];
    await provider.connect({
      applyMutation: async m => {
        mutations.push(m);
      },
      refresh: jest.fn(),
    });
    backend.answerWith([pipelineEntity('ml', 'a')]);
    await events.publish({
      topic: AI_OPS_TOPICS.entitiesChanged,
      eventPayload: { workspace: 'ml' },
    });
    for (let i = 0; i < 50 && mutations.length < 1; i++) {
      await new Promise(resolve => setTimeout(resolve, 20));
    }
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
