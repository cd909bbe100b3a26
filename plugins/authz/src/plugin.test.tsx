import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  ApiBlueprint,
  coreExtensionData,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  mockApis,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { authzApiRef } from './api/AuthzApi';
import { AuthzClient } from './api/AuthzClient';
import { FakeAuthzApi } from './__testUtils__/FakeAuthzApi';
import authzPlugin, { authzApi } from './plugin';

describe('authz plugin', () => {
  it('provides the page:authz extension the app navigation looks for', () => {
    // getExtension is typed by id, so a renamed page also fails to compile.
    const page = createExtensionTester(authzPlugin.getExtension('page:authz'));
    expect(page.get(coreExtensionData.routePath)).toBe('/authz');
    expect(page.get(coreExtensionData.title)).toBe('Access');
  });

  it('provides the REST client as its API', () => {
    const api = createExtensionTester(authzApi);
    const factory = api.get(ApiBlueprint.dataRefs.factory);
    expect(factory.api).toBe(authzApiRef);
    expect(factory.deps).toEqual({
      discoveryApi: discoveryApiRef,
      fetchApi: fetchApiRef,
    });
    expect(
      factory.factory({
        discoveryApi: mockApis.discovery(),
        fetchApi: mockApis.fetch(),
      }),
    ).toBeInstanceOf(AuthzClient);
  });

  it('mounts the sections as tabs below /authz', async () => {
    renderTestApp({
      features: [authzPlugin],
      initialRouteEntries: ['/authz'],
      apis: [[authzApiRef, new FakeAuthzApi()], mockApis.permission()],
    });
    expect(
      await screen.findByRole('group', { name: 'Users' }),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: 'Roles' }));

    expect(
      await screen.findByRole('article', { name: 'Portal admin' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Roles' })).toHaveAttribute(
        'aria-selected',
        'true',
      ),
    );
  });
});
