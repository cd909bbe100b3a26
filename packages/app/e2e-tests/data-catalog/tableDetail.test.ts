import { Page, test, expect } from '@playwright/test';
import { saveScreenshot, watchConsoleErrors } from '../portal';
import { dataRows, uniqueSuffix } from '../authz/access';
import {
  CatalogTestApi,
  demoTableRef,
  openDemoTable,
  tableApiPath,
  unexpectedErrors,
} from './dataCatalog';

type TableDetail = {
  description?: string;
  doc?: { description?: string };
  tags: { name: string }[];
  columns: {
    name: string;
    dataType: string;
    isPrimaryKey: boolean;
    stats?: { samples: string[]; computedAt: string };
  }[];
  trust: { favorite: boolean };
};
type Lineage = {
  upstream: { from: { entityRef: string } }[];
  downstream: { to: { entityRef: string } }[];
};
type Listed = { items: unknown[]; totalCount: number };

async function openTab(page: Page, name: string) {
  const tab = page
    .getByRole('tablist', { name: 'Table sections' })
    .getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  return page.getByRole('tabpanel', { name });
}

test.beforeEach(async ({ page }) => {
  await (await CatalogTestApi.asGuest(page)).waitForDemoSync();
});

test('Table page: columns and profile, documentation, discussion and favourite', async ({
  page,
}) => {
  const errors = watchConsoleErrors(page);
  const api = await CatalogTestApi.asGuest(page);
  const path = tableApiPath(demoTableRef('customers'));
  const before = await api.get<TableDetail>(path);
  const suffix = uniqueSuffix();
  const description = `Customers, documented by the e2e test ${suffix}`;
  const question = `Is email verified? (${suffix})`;

  try {
    await openDemoTable(page, 'customers');

    await test.step('Columns lists the real columns, the key marked PK', async () => {
      const rows = dataRows(page.getByRole('tabpanel', { name: 'Columns' }));
      await expect(rows).toHaveCount(before.columns.length);
      const id = before.columns.find(c => c.isPrimaryKey)!;
      await expect(
        rows.filter({ hasText: `${id.name}PK${id.dataType}` }),
      ).toHaveCount(1);
      await expect(rows.getByText('PK', { exact: true })).toHaveCount(1);
    });

    await test.step('"Profile now" samples the table again; samples show per column', async () => {
      const quality = await openTab(page, 'Quality');
      await quality.getByRole('button', { name: 'Profile now' }).click();
      await expect(
        quality.getByRole('region', { name: 'Quality score' }),
      ).toContainText(/Profiled (now|\d+ seconds? ago)/);
      const after = await api.get<TableDetail>(path);
      const email = after.columns.find(c => c.name === 'email')!;
      const earlier = before.columns.find(c => c.name === 'email')?.stats;
      expect(email.stats!.computedAt > (earlier?.computedAt ?? '')).toBe(true);

      const columns = await openTab(page, 'Columns');
      await expect(
        dataRows(columns).filter({ hasText: 'emailTEXT' }),
      ).toContainText(email.stats!.samples[0]);
    });

    await test.step('Documentation is edited and the change is in its history', async () => {
      const docs = await openTab(page, 'Documentation');
      await docs.getByRole('button', { name: 'Edit documentation' }).click();
      const dialog = page.getByRole('dialog', { name: 'Document customers' });
      await dialog
        .getByRole('textbox', { name: 'Description', exact: true })
        .fill(description);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(dialog).toBeHidden();
      await expect(
        docs.getByRole('region', { name: 'Description' }),
      ).toContainText(description);
      await expect(
        docs
          .getByRole('list', { name: 'Edit history' })
          .getByRole('listitem')
          .first(),
      ).toContainText(`description: `);
      await expect(
        docs
          .getByRole('list', { name: 'Edit history' })
          .getByRole('listitem')
          .first(),
      ).toContainText(`→ ${description}`);
      await saveScreenshot(page, 'data-catalog-table-documentation');
    });

    await test.step('a discussion is started and answered', async () => {
      const discussion = await openTab(page, 'Discussion');
      const form = discussion.getByRole('form', { name: 'New discussion' });
      await form.getByRole('textbox', { name: 'Title' }).fill(question);
      await form
        .getByRole('textbox', { name: 'Question or remark' })
        .fill('Can I rely on it for password resets?');
      await form.getByRole('button', { name: 'Start discussion' }).click();
      const thread = discussion.getByRole('article', { name: question });
      await expect(thread).toContainText('open');
      await expect(thread).toContainText(
        'Can I rely on it for password resets?',
      );
      await thread
        .getByRole('textbox', { name: 'Reply' })
        .fill('Yes, since 2024.');
      await thread.getByRole('button', { name: 'Post reply' }).click();
      await expect(
        thread.getByRole('list', { name: 'Replies' }).getByRole('listitem'),
      ).toContainText(['Yes, since 2024.']);
      await saveScreenshot(page, 'data-catalog-table-discussion');
    });

    await test.step('the favourite star toggles and is stored', async () => {
      const star = page.getByRole('button', { name: 'Favourite' });
      const initially = before.trust.favorite;
      await expect(star).toHaveAttribute('aria-pressed', String(initially));
      await star.click();
      await expect(star).toHaveAttribute('aria-pressed', String(!initially));
      await expect
        .poll(async () => (await api.get<TableDetail>(path)).trust.favorite)
        .toBe(!initially);
      await star.click();
      await expect(star).toHaveAttribute('aria-pressed', String(initially));
      await expect
        .poll(async () => (await api.get<TableDetail>(path)).trust.favorite)
        .toBe(initially);
    });
  } finally {
    const threads = await api.get<{ id: string; title: string }[]>(
      `${path}/discussions`,
    );
    for (const thread of threads.filter(t => t.title === question)) {
      await api.deleteQuietly(`/discussions/${thread.id}`);
    }
    await api.call('PATCH', `${path}/docs`, {
      description: before.doc?.description ?? null,
    });
  }

  expect(errors).toEqual([]);
});

test('Table page: tags are added in the documentation dialog, a PII tag on an unrestricted table is refused', async ({
  page,
}) => {
  const errors = watchConsoleErrors(page);
  const api = await CatalogTestApi.asGuest(page);
  const path = tableApiPath(demoTableRef('shipments'));
  const before = await api.get<TableDetail>(path);
  expect(before.tags.map(t => t.name)).not.toContain('restricted');

  const editTags = async (option: string) => {
    const docs = await openTab(page, 'Documentation');
    await docs.getByRole('button', { name: 'Edit documentation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Document shipments' });
    await dialog.getByRole('button', { name: /Tags/ }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Save' }).click();
    return dialog;
  };

  try {
    await openDemoTable(page, 'shipments');
    const tags = page.getByRole('list', { name: 'Tags', exact: true });

    await test.step('a tag picked in the dialog shows on the table', async () => {
      const dialog = await editTags('sales');
      await expect(dialog).toBeHidden();
      await expect(tags.getByRole('listitem')).toContainText(['sales']);
      const after = await api.get<TableDetail>(path);
      expect(after.tags.map(t => t.name)).toContain('sales');
    });

    await test.step('a PII tag without the restricted tag is refused with the rule', async () => {
      const dialog = await editTags('pii-low (PII low)');
      const refusal = dialog.getByRole('alert');
      await expect(refusal).toContainText(
        'Tag policy violated: [pii-needs-restricted-tag]',
      );
      await refusal.scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'data-catalog-table-tag-refused');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();
      await expect(tags.getByText('pii-low')).toHaveCount(0);
      const after = await api.get<TableDetail>(path);
      expect(after.tags.map(t => t.name)).not.toContain('pii-low');
    });
  } finally {
    await api.call('POST', `${path}/tags`, { add: [], remove: ['sales'] });
  }

  // The refusal is a 400 answer, which Chromium logs as a failed resource.
  expect(unexpectedErrors(errors, 400)).toEqual([]);
});

test('Table page: lineage of a view up- and downstream, queries and history', async ({
  page,
}) => {
  const errors = watchConsoleErrors(page);
  const api = await CatalogTestApi.asGuest(page);
  const view = demoTableRef('daily_revenue');
  const orders = demoTableRef('orders');
  const lineageOf = (ref: string) =>
    api.get<Lineage>(`/lineage?entityRef=${encodeURIComponent(ref)}`);
  const upstream = (await lineageOf(view)).upstream.map(e => e.from.entityRef);
  const downstream = (await lineageOf(orders)).downstream.map(
    e => e.to.entityRef,
  );
  // The view reads orders and order_items (found in its SQL by the sync).
  expect(upstream).toEqual(
    expect.arrayContaining([orders, demoTableRef('order_items')]),
  );
  expect(downstream).toContain(view);
  const queries = await api.get<Listed>(`${tableApiPath(view)}/queries`);
  const changes = await api.get<Listed>(`${tableApiPath(view)}/changes`);
  // SQLite keeps no query history, and the demo schema never changed.
  expect([queries.totalCount, changes.totalCount]).toEqual([0, 0]);

  await openDemoTable(page, 'daily_revenue', 'lineage');
  const lineageRows = (side: 'Upstream' | 'Downstream') =>
    dataRows(page.getByRole('region', { name: side }));

  await test.step('Lineage lists what the view reads', async () => {
    await expect(lineageRows('Upstream')).toHaveCount(upstream.length);
    await expect(
      lineageRows('Upstream').filter({ hasText: 'warehouse.main.order_items' }),
    ).toContainText('derives');
    await saveScreenshot(page, 'data-catalog-table-lineage');
  });

  await test.step('an upstream table links to its own lineage, the view downstream', async () => {
    await lineageRows('Upstream')
      .getByRole('link', { name: 'warehouse.main.orders', exact: true })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'orders' }),
    ).toBeVisible();
    await expect(lineageRows('Downstream')).toHaveCount(downstream.length);
    await expect(
      lineageRows('Downstream').getByRole('link', {
        name: 'warehouse.main.daily_revenue',
        exact: true,
      }),
    ).toBeVisible();
  });

  await test.step('Queries and History render what the backend has', async () => {
    await page.goBack();
    await expect(
      page.getByRole('heading', { level: 1, name: 'daily_revenue' }),
    ).toBeVisible();
    const queriesTab = await openTab(page, 'Queries');
    await expect(queriesTab).toContainText('No query history');
    const history = await openTab(page, 'History');
    await expect(history).toContainText('No schema changes recorded.');
  });

  expect(errors).toEqual([]);
});
