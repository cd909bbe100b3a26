import { test, expect } from '@playwright/test';
import { saveScreenshot } from '../portal';
import {
  demoTableRef,
  openDataCatalog,
  startOnSyncedDemo,
  tableApiPath,
} from './dataCatalog';

type Dashboard = {
  sources: number;
  tables: number;
  views: number;
  columns: number;
  trending: { entityRef: string; name: string; views7d: number }[];
  favorites: { entityRef: string; name: string }[];
  activity: { type: string; summary: string }[];
};

const favouritePath = '/favorites/demo-warehouse/warehouse.main.suppliers';

test('Data catalog dashboard shows the synced inventory, trending tables, favourites and activity', async ({
  page,
}) => {
  const { errors, api } = await startOnSyncedDemo(page);

  // Views and a favourite of this test's own, so those panels have content.
  const suppliers = demoTableRef('suppliers');
  for (let view = 0; view < 3; view++) {
    await api.call('POST', `${tableApiPath(suppliers)}/views`);
  }
  await api.call('PUT', favouritePath);

  try {
    const summary = await api.get<Dashboard>('/dashboard');
    expect(summary.tables).toBeGreaterThanOrEqual(16);
    expect(summary.views).toBeGreaterThanOrEqual(4);
    expect(summary.trending.map(t => t.entityRef)).toContain(suppliers);

    await openDataCatalog(page, 'Dashboard');
    await expect(
      page.getByRole('heading', { name: 'Welcome, guest' }),
    ).toBeVisible();

    await test.step('stat cards show the counts of the synced inventory', async () => {
      const card = (label: string) =>
        page.getByRole('group', { name: label, exact: true });
      await expect(card('Sources')).toContainText(`Sources${summary.sources}`);
      await expect(card('Tables')).toHaveText(`Tables${summary.tables}`);
      await expect(card('Views')).toHaveText(`Views${summary.views}`);
      await expect(card('Columns')).toHaveText(
        `Columns${summary.columns.toLocaleString('en-US')}`,
      );
    });

    await test.step('trending tables rank the viewed tables with their views', async () => {
      const trending = page
        .getByRole('region', { name: 'Trending tables' })
        .getByRole('list', { name: 'Trending tables' });
      const top = summary.trending.slice(0, 10);
      await expect(trending.getByRole('listitem')).toHaveCount(top.length);
      const views = top.find(t => t.entityRef === suppliers)!.views7d;
      expect(views).toBeGreaterThanOrEqual(3);
      await expect(
        trending.getByRole('listitem').filter({ hasText: 'suppliers' }),
      ).toHaveText(`suppliers · ${views} views`);
      await expect(
        page.getByRole('img', { name: /^Views in the last 7 days of the/ }),
      ).toBeVisible();
    });

    await test.step('favourites list the starred table, linked to its page', async () => {
      const favourite = page
        .getByRole('list', { name: 'Favourite tables' })
        .getByRole('link', { name: 'suppliers', exact: true });
      await expect(favourite).toHaveAttribute(
        'href',
        '/data-catalog/tables/demo-warehouse/warehouse.main.suppliers',
      );
    });

    await test.step('recent activity lists what happened, newest first', async () => {
      const entries = page
        .getByRole('list', { name: 'Recent activity' })
        .getByRole('listitem');
      expect(summary.activity.length).toBeGreaterThan(0);
      await expect(entries).toHaveCount(summary.activity.length);
      await expect(entries.first()).toContainText(summary.activity[0].summary);
      await expect(entries.last()).toContainText(
        summary.activity[summary.activity.length - 1].summary,
      );
      await saveScreenshot(page, 'data-catalog-dashboard');
    });
  } finally {
    await api.deleteQuietly(favouritePath);
  }

  expect(errors).toEqual([]);
});
