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
import { dataCatalogApiRef } from './api/DataCatalogApi';
import { DataCatalogClient } from './api/DataCatalogClient';
import { FakeDataCatalogApi } from './__testUtils__/FakeDataCatalogApi';
import dataCatalogPlugin, { dataCatalogApi } from './plugin';

describe('data-catalog plugin', () => {
  it('provides the page:data-catalog extension at /data-catalog', () => {
    const page = createExtensionTester(
      dataCatalogPlugin.getExtension('page:data-catalog'),
    );
    expect(page.get(coreExtensionData.routePath)).toBe('/data-catalog');
    expect(page.get(coreExtensionData.title)).toBe('Data Catalog');
  });

  it('builds the REST client from discovery and fetch', () => {
    const { api, deps, factory } = createExtensionTester(dataCatalogApi).get(
      ApiBlueprint.dataRefs.factory,
    );
    expect(api).toBe(dataCatalogApiRef);
    expect(Object.values(deps)).toEqual([discoveryApiRef, fetchApiRef]);
    const client = factory({
      fetchApi: mockApis.fetch(),
      discoveryApi: mockApis.discovery(),
    });
    expect(client).toBeInstanceOf(DataCatalogClient);
  });

  it('mounts every section as a tab, and tables under the tables tab', async () => {
    renderTestApp({
      features: [dataCatalogPlugin],
      initialRouteEntries: ['/data-catalog'],
      apis: [
        [dataCatalogApiRef, new FakeDataCatalogApi()],
        mockApis.permission(),
      ],
    });
    expect(
      await screen.findByRole('group', { name: 'Sources' }),
    ).toBeInTheDocument();
    for (const tab of ['Catalogs', 'Tables', 'Search', 'Glossary', 'Tags']) {
      expect(screen.getByRole('tab', { name: tab })).toBeInTheDocument();
    }

    await userEvent.click(screen.getByRole('tab', { name: 'Tables' }));
    await userEvent.click(await screen.findByRole('link', { name: /^orders/ }));

    expect(
      await screen.findByRole('heading', { name: 'orders' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Tables' })).toHaveAttribute(
        'aria-selected',
        'true',
      ),
    );
  });
});
