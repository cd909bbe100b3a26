import { ReactElement } from 'react';
import type { RenderResult } from '@testing-library/react';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { authzApiRef } from '../api/AuthzApi';
import { FakeAuthzApi } from './FakeAuthzApi';

/** Renders a page of the plugin against a fake API, with every permission allowed. */
export function renderWithApi(
  element: ReactElement,
  api = new FakeAuthzApi(),
  options: { initialRouteEntries?: string[] } = {},
): RenderResult & { api: FakeAuthzApi } {
  const rendered = renderInTestApp(element, {
    apis: [[authzApiRef, api], mockApis.permission()],
    ...options,
  });
  return { api, ...rendered };
}
