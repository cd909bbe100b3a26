import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';

const welcomeWidget = HomePageWidgetBlueprint.make({
  name: 'welcome',
  params: {
    name: 'PortalWelcome',
    title: 'Welcome',
    description: 'The signed-in user and what they own',
    components: async () => ({
      Content: (await import('./WelcomeCard')).WelcomeCard,
    }),
  },
});

const platformAreasWidget = HomePageWidgetBlueprint.make({
  name: 'platform-areas',
  params: {
    name: 'PortalPlatformAreas',
    title: 'Platform',
    description: 'Links to Harvester, Data Catalog, Access and AI-Ops',
    components: async () => ({
      Content: (await import('./PlatformAreasCard')).PlatformAreasCard,
    }),
  },
});

export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [welcomeWidget, platformAreasWidget],
});
