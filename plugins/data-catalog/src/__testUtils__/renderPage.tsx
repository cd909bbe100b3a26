import { ReactElement } from 'react';
import { renderPluginPage, RenderedPage } from '@internal/portal-react/testing';
import { dataCatalogApiRef } from '../api/DataCatalogApi';
import { rootRouteRef } from '../routes';
import { FakeDataCatalogApi } from './FakeDataCatalogApi';

/**
 * Renders one page of the catalog at `route` (the app mounts the catalog
 * at /data-catalog) against a fake API; see renderPluginPage for `deny`.
 */
export function renderPage(
  element: ReactElement,
  options: {
    api?: FakeDataCatalogApi;
    route?: string;
    mountPath?: string;
    deny?: true | string[];
  } = {},
): RenderedPage & { api: FakeDataCatalogApi } {
  const api = options.api ?? new FakeDataCatalogApi();
  const rendered = renderPluginPage(element, {
    ...options,
    apis: [[dataCatalogApiRef, api]],
    mountedRoutes: { '/data-catalog': rootRouteRef },
  });
  return { api, ...rendered };
}
