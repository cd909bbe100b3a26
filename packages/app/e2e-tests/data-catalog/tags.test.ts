import { test, expect } from '@playwright/test';
import { saveScreenshot } from '../portal';
import { dataRows, pickOption, uniqueSuffix } from '../authz/access';
import {
  demoTableRef,
  openDataCatalog,
  startOnSyncedDemo,
  tableApiPath,
} from './dataCatalog';

/** A tag category or a tag, as far as cleaning up needs. */
type Named = { id: string; name: string };
type Violation = { entityRef: string; rule: string };

test('Data catalog tags: create a category and a tag, see its usage and the policy violations', async ({
  page,
}) => {
  const { errors, api } = await startOnSyncedDemo(page);
  const suffix = uniqueSuffix();
  const category = `E2E category ${suffix}`;
  const tag = `e2e-${suffix}`;
  // A demo table without tags of its own, so no other test relies on them.
  const table = demoTableRef('inventory_levels');

  try {
    await openDataCatalog(page, 'Tags');
    const panel = page.getByRole('region', { name: category });
    const tagRow = dataRows(panel).filter({ hasText: tag });

    await test.step('a new category gets its own panel', async () => {
      await page.getByRole('button', { name: 'New category' }).click();
      const dialog = page.getByRole('dialog', { name: 'New tag category' });
      await dialog.getByRole('textbox', { name: 'Name' }).fill(category);
      await dialog
        .getByRole('textbox', { name: 'Description' })
        .fill('Made by the end-to-end test');
      await dialog.getByRole('button', { name: 'Create' }).click();
      await expect(dialog).toBeHidden();
      await expect(panel).toContainText('Made by the end-to-end test');
      await expect(panel).toContainText('No tags in this category yet.');
    });

    await test.step('a tag added to it is listed, unused', async () => {
      await panel.getByRole('button', { name: 'Add tag' }).click();
      const dialog = page.getByRole('dialog', {
        name: `New tag in ${category}`,
      });
      await dialog.getByRole('textbox', { name: 'Name' }).fill(tag);
      await dialog.getByRole('textbox', { name: 'Colour' }).fill('#8e24aa');
      await dialog.getByRole('button', { name: 'Create' }).click();
      await expect(dialog).toBeHidden();
      await expect(tagRow).toContainText('0 assets');
    });

    await test.step('the usage count follows an assignment', async () => {
      await api.call('POST', `${tableApiPath(table)}/tags`, {
        add: [tag],
        remove: [],
      });
      await page.reload();
      await expect(tagRow).toContainText('1 asset');
    });

    await test.step('marking the tag as PII lists the table as a violation', async () => {
      await tagRow.getByRole('button', { name: `Edit ${tag}` }).click();
      const dialog = page.getByRole('dialog', { name: `Edit tag ${tag}` });
      await pickOption(page, /PII level/, 'low', dialog);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(dialog).toBeHidden();
      await expect(tagRow).toContainText('PII low');

      const violations = await api.get<Violation[]>('/tags/violations');
      expect(violations).toContainEqual(
        expect.objectContaining({
          entityRef: table,
          rule: 'pii-needs-restricted-tag',
        }),
      );
      const listed = dataRows(
        page.getByRole('region', { name: 'Policy violations' }),
      );
      await expect(listed).toHaveCount(violations.length);
      await expect(
        listed.filter({ hasText: 'warehouse.main.inventory_levels' }),
      ).toContainText('PII needs a restricted tag');
      await saveScreenshot(page, 'data-catalog-tags');
    });

    await test.step('deleting the tag ends the violation, then the empty category goes', async () => {
      await tagRow.getByRole('button', { name: `Delete ${tag}` }).click();
      await page
        .getByRole('dialog', { name: `Delete ${tag}` })
        .getByRole('button', { name: 'Delete tag' })
        .click();
      await expect(panel).toContainText('No tags in this category yet.');
      await expect(
        page
          .getByRole('region', { name: 'Policy violations' })
          .getByText('warehouse.main.inventory_levels'),
      ).toHaveCount(0);
      await panel.getByRole('button', { name: 'Delete category' }).click();
      await page
        .getByRole('dialog', { name: 'Delete category' })
        .getByRole('button', { name: 'Delete category' })
        .click();
      await expect(panel).toHaveCount(0);
    });
  } finally {
    // Leftovers of a failed run: the tag first (a category must be empty).
    const tags = await api.get<Named[]>('/tags');
    for (const made of tags.filter(t => t.name === tag)) {
      await api.deleteQuietly(`/tags/${made.id}`);
    }
    const categories = await api.get<Named[]>('/tag-categories');
    for (const made of categories.filter(c => c.name === category)) {
      await api.deleteQuietly(`/tag-categories/${made.id}`);
    }
  }

  expect(errors).toEqual([]);
});
