import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import authzPlugin from '@internal/plugin-authz';
import dataCatalogPlugin from '@internal/plugin-data-catalog';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';
import { signInModule } from './modules/signIn';

export default createApp({
  features: [
    catalogPlugin,
    authzPlugin,
    dataCatalogPlugin,
    navModule,
    homeModule,
    signInModule,
  ],
});
