import { ReactElement } from 'react';
import { renderPluginPage, RenderedPage } from '@internal/portal-react/testing';
import { harvesterApiRef } from '../api/HarvesterApi';
import { rootRouteRef } from '../routes';
import { FakeHarvesterApi } from './FakeHarvesterApi';

/**
 * Renders one page of the plugin at `route` (the app mounts it at
 * /harvester) against a fake API; see renderPluginPage for `deny`.
 */
export function renderPage(
  element: ReactElement,
  options: {
    api?: FakeHarvesterApi;
    route?: string;
    mountPath?: string;
    deny?: true | string[];
  } = {},
): RenderedPage & { api: FakeHarvesterApi } {
  const api = options.api ?? new FakeHarvesterApi();
  const rendered = renderPluginPage(element, {
    ...options,
    apis: [[harvesterApiRef, api]],
    mountedRoutes: { '/harvester': rootRouteRef },
  });
  return { api, ...rendered };
}
