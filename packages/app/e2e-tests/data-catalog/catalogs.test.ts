import { Locator, Page, test, expect } from '@playwright/test';
import { saveScreenshot } from '../portal';
import { pickOption, uniqueSuffix } from '../authz/access';
import {
  demoSourceId,
  openDataCatalog,
  startOnSyncedDemo,
} from './dataCatalog';

type Source = {
  title: string;
  connection: { host: string };
  counts: { tables: number; views: number; schemas: number };
  lastSync?: { status: string };
};

/** The connection test's steps, each labelled "<step>: <status>". */
const step = (scope: Locator, name: string, status: string) =>
  scope
    .getByRole('list', { name: 'Connection steps' })
    .getByRole('listitem', { name: `${name}: ${status}`, exact: true });

async function testConnection(page: Page, dialog: Locator) {
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  return dialog.getByRole('status');
}

test('Data catalog sources: the demo card, registering a SQLite source, syncing it and a failing connection test', async ({
  page,
}) => {
  const { errors, api } = await startOnSyncedDemo(page);
  const demo = await api.get<Source>(`/sources/${demoSourceId}`);
  const suffix = uniqueSuffix();
  const id = `e2e-${suffix}`;
  const title = `E2E warehouse ${suffix}`;

  try {
    await openDataCatalog(page, 'Catalogs');

    await test.step('the demo source card shows its tables and last sync', async () => {
      const card = page.getByRole('article', { name: demo.title });
      await expect(card).toContainText(
        `${demo.counts.tables} tables · ${demo.counts.views} views · 1 schema`,
      );
      await expect(card).toContainText(
        `${demoSourceId} · ${demo.connection.host}`,
      );
      expect(demo.lastSync?.status).toBe('succeeded');
      await expect(card.getByText('succeeded', { exact: true })).toBeVisible();
    });

    const dialog = page.getByRole('dialog', { name: 'Register source' });
    await test.step('a connection test of the demo file passes every step', async () => {
      await page.getByRole('button', { name: 'Register source' }).click();
      const field = (name: string) =>
        dialog.getByRole('textbox', { name, exact: true });
      await field('Id').fill(id);
      await field('Title').fill(title);
      await pickOption(page, /Platform/, 'sqlite', dialog);
      await field('Owner').fill('group:default/data-engineering');
      await field('Host').fill(demo.connection.host);
      await field('Port').fill('1');
      await field('User').fill('e2e');

      const outcome = await testConnection(page, dialog);
      await expect(outcome).toContainText('Connection works');
      for (const name of [
        'connect',
        'databases',
        'schemas',
        'tables',
        'views',
      ]) {
        await expect(step(outcome, name, 'ok')).toBeVisible();
      }
      await expect(step(outcome, 'tables', 'ok')).toContainText(
        `${demo.counts.tables} found`,
      );
      await expect(step(outcome, 'views', 'ok')).toContainText(
        `${demo.counts.views} found`,
      );
      // SQLite keeps no query history: that step is skipped, not failed.
      await expect(step(outcome, 'queries', 'skipped')).toContainText(
        'SQLite keeps no query history',
      );
      // The dialog scrolls inside; show the outcome in the screenshot.
      await outcome.scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'data-catalog-register-source');
    });

    await test.step('a connection test of a missing file names the failing step', async () => {
      const host = dialog.getByRole('textbox', { name: 'Host', exact: true });
      const original = await host.inputValue();
      await host.fill(`/nonexistent/${suffix}/warehouse.sqlite`);
      const outcome = await testConnection(page, dialog);
      await expect(outcome).toContainText(
        'Connection failed at step “connect”',
      );
      await expect(step(outcome, 'connect', 'failed')).toBeVisible();
      await expect(step(outcome, 'tables', 'skipped')).toContainText(
        "not run: 'connect' failed",
      );
      await host.fill(original);
    });

    await test.step('the registered source is listed, never synced yet', async () => {
      await dialog
        .getByRole('button', { name: 'Register', exact: true })
        .click();
      await expect(dialog).toBeHidden();
      const card = page.getByRole('article', { name: title });
      await expect(card).toContainText('0 tables · 0 views · 0 schemas');
      await expect(card).toContainText('Never synced');
      await card.getByRole('link', { name: title }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: title }),
      ).toBeVisible();
    });

    await test.step('"Sync now" runs a sync that succeeds and counts the tables', async () => {
      await page.getByRole('button', { name: 'Sync now' }).click();
      const sync = page.getByRole('region', { name: 'Sync', exact: true });
      await expect(sync.getByText('succeeded', { exact: true })).toBeVisible();
      await expect(
        sync
          .getByRole('list', { name: 'Sync steps' })
          .getByRole('listitem', { name: 'write: ok' }),
      ).toBeVisible();
      const overview = page.getByRole('region', { name: 'Overview' });
      await expect(overview).toContainText(
        `1 database · 1 schema · ${demo.counts.tables} tables · ${demo.counts.views} views`,
      );
      const history = page.getByRole('region', { name: 'Sync history' });
      await expect(
        history.getByRole('gridcell', { name: 'manual' }),
      ).toBeVisible();
      const synced = await api.get<Source>(`/sources/${id}`);
      expect(synced.lastSync?.status).toBe('succeeded');
      expect(synced.counts.tables).toBe(demo.counts.tables);
      await saveScreenshot(page, 'data-catalog-source-synced');
    });

    await test.step('deleting the source takes it off the catalogs', async () => {
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      await page
        .getByRole('dialog', { name: 'Delete' })
        .getByRole('button', { name: 'Delete source' })
        .click();
      await expect(
        page.getByRole('article', { name: demo.title }),
      ).toBeVisible();
      await expect(page.getByRole('article', { name: title })).toHaveCount(0);
      expect(
        (await api.get<{ items: { id: string }[] }>('/sources')).items.map(
          s => s.id,
        ),
      ).not.toContain(id);
    });
  } finally {
    await api.deleteQuietly(`/sources/${id}`);
  }

  expect(errors).toEqual([]);
});
