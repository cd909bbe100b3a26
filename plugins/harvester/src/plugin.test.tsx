import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  ApiBlueprint,
  coreExtensionData,
  createApiRef,
  createFrontendModule,
  discoveryApiRef,
  fetchApiRef,
  identityApiRef,
  OpenIdConnectApi,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  mockApis,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { harvesterApiRef } from './api/HarvesterApi';
import { HarvesterClient, OIDC_TOKEN_HEADER } from './api/HarvesterClient';
import { harvesterApiWithOidc } from './api/oidcApi';
import { clusters } from './__testUtils__/fixtures';
import { FakeHarvesterApi } from './__testUtils__/FakeHarvesterApi';
import harvesterPlugin, { harvesterApi } from './plugin';

const entity = (annotations: Record<string, string> = {}) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'shop', annotations },
  spec: {},
});

describe('harvester plugin', () => {
  it('provides the page:harvester extension at /harvester', () => {
    const page = createExtensionTester(
      harvesterPlugin.getExtension('page:harvester'),
    );
    expect(page.get(coreExtensionData.routePath)).toBe('/harvester');
    expect(page.get(coreExtensionData.title)).toBe('Harvester');
  });

  it('offers the VM tab to entities with a harvester selector only', () => {
    const tab = createExtensionTester(
      harvesterPlugin.getExtension('entity-content:harvester/vms'),
    );
    expect(tab.get(EntityContentBlueprint.dataRefs.title)).toBe(
      'Virtual Machines',
    );
    const applies = tab.get(EntityContentBlueprint.dataRefs.filterFunction);
    expect(
      applies!(
        entity({ 'platform-portal.dev/harvester-selector': 'prod/default' }),
      ),
    ).toBe(true);
    expect(applies!(entity())).toBe(false);
  });

  it('builds the REST client from discovery, fetch and identity', () => {
    const { api, deps, factory } = createExtensionTester(harvesterApi).get(
      ApiBlueprint.dataRefs.factory,
    );
    expect(api).toBe(harvesterApiRef);
    expect(Object.values(deps)).toEqual([
      discoveryApiRef,
      fetchApiRef,
      identityApiRef,
    ]);
    const client = factory({
      fetchApi: mockApis.fetch(),
      discoveryApi: mockApis.discovery(),
      identityApi: mockApis.identity(),
    });
    expect(client).toBeInstanceOf(HarvesterClient);
  });

  it('shows Harvester’s navigation as tabs that keep the picked cluster', async () => {
    renderTestApp({
      features: [harvesterPlugin],
      initialRouteEntries: ['/harvester?cluster=prod'],
      apis: [[harvesterApiRef, new FakeHarvesterApi()], mockApis.permission()],
    });
    expect(
      await screen.findByRole('group', { name: 'Cluster Production' }),
    ).toBeInTheDocument();
    for (const tab of [
      'Dashboard',
      'Hosts',
      'Virtual Machines',
      'Volumes',
      'Images',
      'Namespaces',
      'Networks',
      'Backup & Snapshot',
      'Monitoring',
      'Advanced',
    ]) {
      expect(screen.getByRole('tab', { name: tab })).toBeInTheDocument();
    }
    expect(screen.getByRole('tab', { name: 'Hosts' })).toHaveAttribute(
      'href',
      '/harvester/hosts?cluster=prod',
    );

    await userEvent.click(screen.getByRole('tab', { name: 'Hosts' }));
    await userEvent.click(await screen.findByRole('link', { name: 'node-1' }));
    expect(
      await screen.findByRole('heading', { name: 'node-1' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Hosts' })).toHaveAttribute(
        'aria-selected',
        'true',
      ),
    );
  });

  it('lets an app module send the user’s OIDC token to oidc clusters', async () => {
    const oidcAuthApiRef = createApiRef<OpenIdConnectApi>().with({
      id: 'test.auth.oidc',
    });
    const getIdToken = jest.fn(async () => 'id-token');
    const fetch = jest.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      const body = url.endsWith('/clusters')
        ? clusters
        : { items: [], totalCount: 0, offset: 0, limit: 25 };
      return new Response(JSON.stringify(body), { status: 200 });
    });
    renderTestApp({
      features: [
        harvesterPlugin,
        createFrontendModule({
          pluginId: 'harvester',
          extensions: [harvesterApiWithOidc(oidcAuthApiRef)],
        }),
      ],
      initialRouteEntries: ['/harvester/hosts?cluster=lab'],
      apis: [
        [oidcAuthApiRef, { getIdToken }],
        mockApis.fetch({ baseImplementation: fetch }),
        mockApis.discovery({ baseUrl: 'http://backend' }),
        mockApis.permission(),
      ],
    });
    await waitFor(() =>
      expect(
        fetch.mock.calls.some(([input]) => String(input).includes('/hosts?')),
      ).toBe(true),
    );
    const [, init] = fetch.mock.calls.find(([input]) =>
      String(input).includes('/hosts?cluster=lab'),
    )! as unknown as [string, RequestInit];
    expect(new Headers(init.headers).get(OIDC_TOKEN_HEADER)).toBe('id-token');
    expect(getIdToken).toHaveBeenCalledWith({ optional: true });
  });
});
