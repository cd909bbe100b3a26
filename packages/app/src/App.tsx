import { createApp } from '@backstage/frontend-defaults';
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import aiOpsPlugin from '@internal/plugin-ai-ops';
import authzPlugin from '@internal/plugin-authz';
import dataCatalogPlugin from '@internal/plugin-data-catalog';
import harvesterPlugin, {
  harvesterApiWithOidc,
} from '@internal/plugin-harvester';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';
import { signInModule } from './modules/signIn';
import { oidcAuthApiRef } from './modules/signIn/oidcAuthApiRef';

/** Harvester clusters with `authType: oidc` act with the user's OIDC token. */
const harvesterOidcModule = createFrontendModule({
  pluginId: 'harvester',
  extensions: [harvesterApiWithOidc(oidcAuthApiRef)],
});

export default createApp({
  features: [
    catalogPlugin,
    authzPlugin,
    dataCatalogPlugin,
    harvesterPlugin,
    harvesterOidcModule,
    aiOpsPlugin,
    navModule,
    homeModule,
    signInModule,
  ],
});
