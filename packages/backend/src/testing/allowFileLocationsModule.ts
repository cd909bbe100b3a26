import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogLocationsExtensionPoint } from '@backstage/plugin-catalog-node';

/**
 * Test fixture: lets the replica test register a local file as a catalog
 * location (the API accepts only `url` locations by default).
 */
export const allowFileLocationsModule = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'allow-file-locations',
  register(env) {
    env.registerInit({
      deps: { locations: catalogLocationsExtensionPoint },
      async init({ locations }) {
        locations.setAllowedLocationTypes(['url', 'file']);
      },
    });
  },
});
