import { test, expect } from '@playwright/test';
import { saveScreenshot } from '../portal';
import { dataRows, pickOption } from '../authz/access';
import {
  demoSourceId,
  openDataCatalog,
  startOnSyncedDemo,
  TablePage,
} from './dataCatalog';

const names = (page: TablePage) => page.items.map(item => item.name);

test('Data catalog tables: search, filters, expanded rows and sorting, kept in the URL', async ({
  page,
}) => {
  const { errors, api } = await startOnSyncedDemo(page);
  const base = `/tables?source=${demoSourceId}&limit=100`;
  const customerTables = await api.get<TablePage>(`${base}&q=customer`);
  const customerViews = await api.get<TablePage>(
    `${base}&q=customer&kind=view`,
  );
  const byRows = await api.get<TablePage>(`${base}&sort=rows&order=desc`);
  // The demo has customers, customer_addresses and the customer_lifetime_value view.
  expect(names(customerTables)).toEqual(
    expect.arrayContaining(['customers', 'customer_addresses']),
  );
  expect(names(customerViews)).toEqual(['customer_lifetime_value']);

  await openDataCatalog(page, 'Tables');
  const grid = page.getByRole('grid', { name: 'Data table' });
  const rows = dataRows(grid);
  const rowOf = (name: string) =>
    rows.filter({
      has: page.getByRole('rowheader', {
        name: `${name} warehouse.main.${name}`,
      }),
    });

  await test.step('the source filter and the search box narrow the list', async () => {
    await expect(rows.first()).toBeVisible();
    await pickOption(page, /Source$/, 'Demo warehouse');
    await expect(page).toHaveURL(/source=demo-warehouse/);
    await page
      .getByRole('searchbox', { name: 'Search tables' })
      .fill('customer');
    await expect(page).toHaveURL(/q=customer/);
    await expect(rows).toHaveCount(customerTables.items.length);
    for (const name of names(customerTables)) {
      await expect(rowOf(name)).toBeVisible();
    }
  });

  await test.step('the kind filter narrows to the views', async () => {
    await pickOption(page, /Kind$/, 'view');
    await expect(page).toHaveURL(/kind=view/);
    await expect(rows).toHaveCount(1);
    await expect(rowOf('customer_lifetime_value')).toContainText('view');
  });

  await test.step('a reload keeps the search and the filters', async () => {
    await page.reload();
    await expect(
      page.getByRole('searchbox', { name: 'Search tables' }),
    ).toHaveValue('customer');
    await expect(page.getByRole('button', { name: /Kind$/ })).toContainText(
      'view',
    );
    await expect(page.getByRole('button', { name: /Source$/ })).toContainText(
      'Demo warehouse',
    );
    await expect(rows).toHaveCount(1);
  });

  await test.step('a row expands to the table at a glance', async () => {
    const view = customerViews.items[0];
    await page
      .getByRole('button', { name: 'Show details of customer_lifetime_value' })
      .click();
    const details = page.getByRole('region', {
      name: 'Details of customer_lifetime_value',
    });
    await expect(details).toContainText(`Columns: ${view.columnCount}`);
    await expect(
      details.getByRole('link', {
        name: 'Open warehouse.main.customer_lifetime_value',
      }),
    ).toBeVisible();
    await saveScreenshot(page, 'data-catalog-tables');
    await page
      .getByRole('button', { name: 'Hide details of customer_lifetime_value' })
      .click();
    await expect(details).toBeHidden();
  });

  await test.step('sorting by rows follows the server order and the URL', async () => {
    await pickOption(page, /Kind$/, 'All kinds');
    await page.getByRole('searchbox', { name: 'Search tables' }).clear();
    await expect(rows).toHaveCount(Math.min(byRows.totalCount, 25));
    const header = grid.getByRole('columnheader', { name: 'Rows' });
    await header.click();
    await expect(page).toHaveURL(/sort=rows/);
    await header.click();
    await expect(page).toHaveURL(/sort=rows&order=desc/);
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    const largest = byRows.items[0];
    expect(largest.rowEstimate).toBeGreaterThan(byRows.items[1].rowEstimate!);
    await expect(rows.first()).toContainText(largest.name);
    await expect(rows.first()).toContainText(
      largest.rowEstimate!.toLocaleString('en-US'),
    );
  });

  expect(errors).toEqual([]);
});
