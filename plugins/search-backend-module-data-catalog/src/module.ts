import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { readCollatorBatchSize, readCollatorSchedule } from './config';
import { DataCatalogCollatorFactory } from './DataCatalogCollatorFactory';

/**
 * Tables, views, columns, glossary terms and tags of the data catalog in
 * Backstage search, whichever engine the search plugin runs (Lunr,
 * PostgreSQL, Elasticsearch/OpenSearch).
 */
export const searchModuleDataCatalogCollator = createBackendModule({
  pluginId: 'search',
  moduleId: 'data-catalog-collator',
  register(env) {
    env.registerInit({
      deps: {
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init({
        auth,
        config,
        discovery,
        logger,
        scheduler,
        indexRegistry,
      }) {
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(
            readCollatorSchedule(config),
          ),
          factory: new DataCatalogCollatorFactory({
            auth,
            discovery,
            logger,
            batchSize: readCollatorBatchSize(config),
          }),
        });
      },
    });
  },
});
