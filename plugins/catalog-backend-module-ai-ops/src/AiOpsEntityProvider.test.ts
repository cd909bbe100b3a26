import { mockServices } from '@backstage/backend-test-utils';
import { connectRecording } from '@internal/catalog-provider-node/testing';
import {
  FakeAiOpsBackend,
  pipelineEntity,
} from './__testUtils__/FakeAiOpsBackend';
import { AiOpsEntitiesClient } from './AiOpsEntitiesClient';
import { AiOpsEntityProvider } from './AiOpsEntityProvider';

describe('AiOpsEntityProvider', () => {
  let backend: FakeAiOpsBackend;
  beforeEach(async () => {
    backend = await FakeAiOpsBackend.start();
  });
  afterEach(() => backend.close());

  async function connectedProvider(callerPluginId = 'catalog') {
    const provider = new AiOpsEntityProvider({
      client: new AiOpsEntitiesClient({
        discovery: mockServices.discovery.mock({
          getBaseUrl: async pluginId => `${backend.origin}/api/${pluginId}`,
        }),
        auth: mockServices.auth({ pluginId: callerPluginId }),
      }),
      logger: mockServices.logger.mock(),
    });
    const { mutations } = await connectRecording(provider);
    const applied = () =>
      mutations.map(m =>
        m.type === 'full'
          ? m.entities.map(e => [e.entity.metadata.name, e.locationKey])
          : m.type,
      );
    return { provider, mutations, applied };
  }

  it('replaces its entities with each read, keyed by workspace', async () => {
    const { provider, applied } = await connectedProvider();
    backend.answerWith([
      pipelineEntity('ml', 'a'),
      pipelineEntity('forecasting', 'b'),
    ]);
    await provider.refresh();
    backend.answerWith([pipelineEntity('forecasting', 'b')]);
    await provider.refresh();
    expect(applied()).toEqual([
      [
        ['ai-ops-pipeline-ml-a', 'ai-ops:ml'],
        ['ai-ops-pipeline-forecasting-b', 'ai-ops:forecasting'],
      ],
      [['ai-ops-pipeline-forecasting-b', 'ai-ops:forecasting']],
    ]);
  });

  it('changes nothing when a read fails', async () => {
    const { provider, mutations } = await connectedProvider();
    backend.failWith(503, 'starting');
    await expect(provider.refresh()).rejects.toThrow(/503/);
    expect(mutations).toEqual([]);
  });

  it('is refused without the catalog’s own service token', async () => {
    const { provider, mutations } = await connectedProvider('scaffolder');
    await expect(provider.refresh()).rejects.toThrow(/401/);
    expect(mutations).toEqual([]);
  });

  it('folds refreshes asked for during a read into one more read', async () => {
    const { provider, mutations } = await connectedProvider();
    backend.delayMs = 200;
    const first = provider.refresh();
    await new Promise(resolve => setTimeout(resolve, 50));
    await Promise.all([first, provider.refresh(), provider.refresh()]);
    expect(backend.requests).toBe(2);
    expect(mutations).toHaveLength(2);
  });
});
