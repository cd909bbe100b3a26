import { Page, expect } from '@playwright/test';
import { signInAsGuest, watchConsoleErrors } from '../portal';
import { PluginTestApi } from '../pluginTestApi';

/** The demo warehouse the e2e backend builds and syncs after start. */
export const demoSourceId = 'demo-warehouse';

/** A demo table's entity ref (`resource:demo-warehouse/warehouse.main.x`). */
export const demoTableRef = (table: string) =>
  `resource:${demoSourceId}/warehouse.main.${table}`;

/** The REST path of a table (`/tables/<namespace>/<name>`). */
export function tableApiPath(entityRef: string): string {
  const [, namespace, name] = /^resource:([^/]+)\/(.+)$/.exec(entityRef)!;
  return `/tables/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;
}

/** A page of `GET /tables` (the fields the tests read). */
export type TablePage = {
  items: {
    entityRef: string;
    name: string;
    kind: string;
    sourceId: string;
    columnCount: number;
    rowEstimate?: number;
  }[];
  totalCount: number;
};

/**
 * `/api/data-catalog` as the guest user (a Platform Administrator in the
 * e2e config), to arrange data, read what the UI should show, and clean up.
 */
export class CatalogTestApi extends PluginTestApi {
  static asGuest(page: Page): Promise<CatalogTestApi> {
    return this.guestApi(page, '/api/data-catalog');
  }

  /**
   * The demo warehouse is synced ~15 s after the backend starts; tests that
   * read its tables wait for all of them (16 tables and 4 views).
   */
  async waitForDemoSync(): Promise<void> {
    await expect
      .poll(
        async () =>
          (
            await this.get<TablePage>(`/tables?source=${demoSourceId}&limit=1`)
          ).totalCount,
        { timeout: 90_000, message: 'the demo warehouse was synced' },
      )
      .toBe(20);
  }
}

/**
 * How most tests start: console errors watched from the first moment, the
 * API as the guest, and the demo warehouse synced.
 */
export async function startOnSyncedDemo(page: Page) {
  const errors = watchConsoleErrors(page);
  const api = await CatalogTestApi.asGuest(page);
  await api.waitForDemoSync();
  return { errors, api };
}

export type CatalogSection =
  | 'Dashboard'
  | 'Catalogs'
  | 'Tables'
  | 'Search'
  | 'Glossary'
  | 'Tags';

/**
 * Signs in as guest and opens a section of the Data Catalog the way a user
 * does: the sidebar's "Data Catalog" entry, then the section's header tab.
 */
export async function openDataCatalog(page: Page, section: CatalogSection) {
  await signInAsGuest(page);
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Data Catalog', exact: true })
    .click();
  const tabs = page.getByRole('tablist', { name: 'Toolbar tabs' });
  const tab = tabs.getByRole('tab', { name: section, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** Signs in and opens a demo table's page, on one of its tabs. */
export async function openDemoTable(page: Page, table: string, tab?: string) {
  await signInAsGuest(page);
  const query = tab ? `?tab=${tab}` : '';
  await page.goto(
    `/data-catalog/tables/${demoSourceId}/warehouse.main.${table}${query}`,
  );
  await expect(
    page.getByRole('heading', { level: 1, name: table, exact: true }),
  ).toBeVisible();
}

/**
 * Console errors other than the failed requests a test provokes on purpose
 * (Chromium logs every 4xx answer as "Failed to load resource").
 */
export function unexpectedErrors(errors: string[], allowedStatus?: number) {
  return errors.filter(
    error =>
      allowedStatus === undefined ||
      !error.includes(`the server responded with a status of ${allowedStatus}`),
  );
}
