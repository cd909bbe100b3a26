import { Page, test, expect } from '@playwright/test';
import { saveScreenshot } from '../portal';
import { dataRows, uniqueSuffix } from '../authz/access';
import {
  demoTableRef,
  openDataCatalog,
  startOnSyncedDemo,
} from './dataCatalog';

type Term = { id: string; name: string; status: string };

/** Runs a workflow action from its button and its confirmation dialog. */
async function transition(page: Page, term: string, action: string) {
  await page
    .getByRole('group', { name: 'Workflow' })
    .getByRole('button', { name: action, exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: `${action}: ${term}` });
  await dialog
    .getByRole('textbox', { name: 'Comment' })
    .fill(`${action} (e2e)`);
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('Data catalog glossary: propose a term, submit it, approve it, link it to a table, see its history', async ({
  page,
}) => {
  const { errors, api } = await startOnSyncedDemo(page);
  const name = `E2E Basket ${uniqueSuffix()}`;
  const orders = demoTableRef('orders');

  try {
    await openDataCatalog(page, 'Glossary');
    const heading = page.getByRole('heading', { level: 1, name });
    const status = (value: string) =>
      heading.locator('..').getByText(value, { exact: true });

    await test.step('a proposed term opens as a draft', async () => {
      await page.getByRole('button', { name: 'Propose a term' }).click();
      const dialog = page.getByRole('dialog', { name: 'Propose a term' });
      const field = (label: string) =>
        dialog.getByRole('textbox', { name: label, exact: true });
      await field('Name').fill(name);
      await field('Definition').fill(
        'The products of one order before checkout.',
      );
      await field('Synonyms').fill('cart, trolley');
      await field('Owner').fill('group:default/data-engineering');
      // The guest is the reviewer, so this test can approve it too.
      await field('Reviewers').fill('user:default/guest');
      await dialog.getByRole('button', { name: 'Create draft' }).click();
      await expect(heading).toBeVisible();
      await expect(status('draft')).toBeVisible();
      await expect(
        page.getByRole('region', { name: 'Definition' }),
      ).toContainText('Synonyms: cart, trolley');
    });

    await test.step('submitted, then approved by its reviewer', async () => {
      await transition(page, name, 'Submit for review');
      await expect(status('in-review')).toBeVisible();
      await transition(page, name, 'Approve');
      await expect(status('approved')).toBeVisible();
    });

    await test.step('the approved term is linked to a table', async () => {
      const usedBy = page.getByRole('region', { name: 'Used by' });
      await usedBy
        .getByRole('button', { name: 'Link a table or column' })
        .click();
      const link = usedBy.getByRole('group', { name: 'New link' });
      await link.getByRole('textbox', { name: 'Table' }).fill(orders);
      await link.getByRole('button', { name: 'Link' }).click();
      await expect(
        usedBy
          .getByRole('list', { name: 'Linked assets' })
          .getByRole('link', { name: 'warehouse.main.orders' }),
      ).toHaveAttribute(
        'href',
        '/data-catalog/tables/demo-warehouse/warehouse.main.orders?tab=columns',
      );
    });

    await test.step('the history shows each workflow step', async () => {
      const history = page
        .getByRole('list', { name: 'Term history' })
        .getByRole('listitem');
      await expect(history).toHaveCount(3);
      await expect(history.nth(1)).toContainText('submit');
      await expect(history.nth(1)).toContainText('“Submit for review (e2e)”');
      await expect(history.nth(2)).toContainText('approve');
      await expect(history.nth(2)).toContainText('guest');
      await saveScreenshot(page, 'data-catalog-glossary-term');
    });

    await test.step('the glossary lists the term as approved and used once', async () => {
      await page.getByRole('link', { name: '← Glossary' }).click();
      await page.getByRole('searchbox', { name: 'Search terms' }).fill(name);
      const rows = dataRows(page.getByRole('grid', { name: 'Data table' }));
      await expect(rows).toHaveCount(1);
      await expect(rows.first()).toContainText(name);
      await expect(rows.first()).toContainText('approved');
      await expect(rows.first()).toContainText('1 asset');
    });
  } finally {
    const terms = await api.get<{ items: Term[] }>(
      `/glossary/terms?q=${encodeURIComponent(name)}`,
    );
    for (const term of terms.items.filter(t => t.name === name)) {
      await api.deleteQuietly(
        `/glossary/terms/${term.id}/links?entityRef=${encodeURIComponent(
          orders,
        )}`,
      );
      // Approved terms are deprecated rather than deleted.
      if (term.status === 'draft') {
        await api.deleteQuietly(`/glossary/terms/${term.id}`);
      }
    }
  }

  expect(errors).toEqual([]);
});
