import {
  BackendFeature,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  catalogProcessingExtensionPoint,
  EntityProvider,
} from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';

/**
 * Starts a catalog module that adds one entity provider, in a test backend:
 * discovery sends every plugin to `origin` (the fake of the backend the
 * provider reads), the scheduler is a mock whose task the test runs by hand,
 * and `events` is the bus the module subscribes on.
 */
export async function startEntityProviderModule(
  module: BackendFeature,
  options: { origin: string; config?: object },
) {
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
      module,
      scheduler.factory,
      mockServices.rootConfig.factory({ data: options.config ?? {} }),
      mockServices.discovery.mock({
        getBaseUrl: async pluginId => `${options.origin}/api/${pluginId}`,
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
