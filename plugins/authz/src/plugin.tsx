import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import SecurityIcon from '@material-ui/icons/Security';
import { authzApiRef } from './api/AuthzApi';
import { AuthzClient } from './api/AuthzClient';
import { rootRouteRef } from './routes';

export const authzApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: authzApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AuthzClient({ discoveryApi, fetchApi }),
    }),
});

/**
 * The root page, extension id `page:authz` (the app's sidebar and home page
 * look it up by that id). It draws its own header so the sub-pages can be tabs.
 */
export const authzPage = PageBlueprint.make({
  params: {
    path: '/authz',
    routeRef: rootRouteRef,
    title: 'Access',
    icon: <SecurityIcon fontSize="inherit" />,
    noHeader: true,
    loader: () =>
      import('./components/AuthzPage/AuthzPage').then(m => <m.AuthzPage />),
  },
});

export const authzPlugin = createFrontendPlugin({
  pluginId: 'authz',
  title: 'Access',
  icon: <SecurityIcon fontSize="inherit" />,
  routes: { root: rootRouteRef },
  extensions: [authzApi, authzPage],
});

export default authzPlugin;
