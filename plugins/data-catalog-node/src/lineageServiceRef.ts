import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { DataCatalogLineageClient } from './DataCatalogLineageClient';
import { LineageService } from './lineage';

/**
 * The lineage graph for other backend plugins (ai-ops, scaffolder modules):
 * by default a client of the data-catalog API acting as the calling plugin.
 */
export const lineageServiceRef = createServiceRef<LineageService>({
  id: 'data-catalog.lineage',
  scope: 'plugin',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { discovery: coreServices.discovery, auth: coreServices.auth },
      factory: ({ discovery, auth }) =>
        new DataCatalogLineageClient({ discovery, auth }),
    }),
});
