import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import authzPlugin from '@internal/plugin-authz';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';
import { signInModule } from './modules/signIn';

export default createApp({
  features: [catalogPlugin, authzPlugin, navModule, homeModule, signInModule],
});
