import { ReactElement } from 'react';
import { TestAppOptions } from '@backstage/frontend-test-utils';
import { renderPluginPage, RenderedPage } from '@internal/portal-react/testing';
import { aiOpsApiRef } from '../api/AiOpsApi';
import { WorkspaceProvider } from '../components/workspace/WorkspaceContext';
import { WorkspaceGate } from '../components/workspace/WorkspaceGate';
import { rootRouteRef } from '../routes';
import { FakeAiOpsApi } from './FakeAiOpsApi';

/**
 * Renders one page of the plugin at `route` (the app mounts it at
 * /ai-ops) inside the workspace context, against a fake API.
 */
export function renderPage(
  element: ReactElement,
  options: {
    api?: FakeAiOpsApi;
    route?: string;
    mountPath?: string;
    /** Permissions to deny (all others are allowed). */
    deny?: string[];
    /** Other APIs the page uses, e.g. the catalog's. */
    apis?: TestAppOptions['apis'];
  } = {},
): RenderedPage & { api: FakeAiOpsApi } {
  const api = options.api ?? new FakeAiOpsApi();
  const rendered = renderPluginPage(
    <WorkspaceProvider>
      <WorkspaceGate>{element}</WorkspaceGate>
    </WorkspaceProvider>,
    {
      ...options,
      apis: [[aiOpsApiRef, api], ...(options.apis ?? [])],
      mountedRoutes: { '/ai-ops': rootRouteRef },
    },
  );
  return { api, ...rendered };
}
