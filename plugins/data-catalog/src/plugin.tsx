import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import StorageIcon from '@material-ui/icons/Storage';
import { dataCatalogApiRef } from './api/DataCatalogApi';
import { DataCatalogClient } from './api/DataCatalogClient';
import {
  glossaryTermRouteRef,
  rootRouteRef,
  searchRouteRef,
  sourceRouteRef,
  tableRouteRef,
  tablesRouteRef,
} from './routes';

export const dataCatalogApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: dataCatalogApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new DataCatalogClient(deps),
    }),
});

/**
 * The catalog UI, extension id `page:data-catalog`. It draws its own header
 * with a tab per section, so the sections can link to each other.
 */
export const dataCatalogPage = PageBlueprint.make({
  params: {
    path: '/data-catalog',
    routeRef: rootRouteRef,
    title: 'Data Catalog',
    icon: <StorageIcon fontSize="inherit" />,
    noHeader: true,
    loader: () =>
      import('./components/DataCatalogPage/DataCatalogPage').then(m => (
        <m.DataCatalogPage />
      )),
  },
});

export const dataCatalogPlugin = createFrontendPlugin({
  pluginId: 'data-catalog',
  title: 'Data Catalog',
  icon: <StorageIcon fontSize="inherit" />,
  routes: {
    root: rootRouteRef,
    source: sourceRouteRef,
    tables: tablesRouteRef,
    table: tableRouteRef,
    search: searchRouteRef,
    glossaryTerm: glossaryTermRouteRef,
  },
  extensions: [dataCatalogApi, dataCatalogPage],
});

export default dataCatalogPlugin;
