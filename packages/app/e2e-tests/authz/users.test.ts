import { test, expect } from '@playwright/test';
import { saveScreenshot, watchConsoleErrors } from '../portal';
import {
  AuthzTestApi,
  dataRows,
  openAccess,
  uniqueSuffix,
  userPath,
} from './access';

test('Access users: search, details, create, bulk disable and CSV import', async ({
  page,
}) => {
  const errors = watchConsoleErrors(page);
  const api = await AuthzTestApi.asGuest(page.request);
  await api.waitForCatalogSync();
  const suffix = uniqueSuffix();
  const localName = `e2e-user-${suffix}`;
  const csvName = `e2e-csv-${suffix}`;
  const localRef = `user:default/${localName}`;

  await openAccess(page, 'Users');
  const table = page.getByRole('region', { name: 'Users' }).getByRole('grid');
  const search = page.getByRole('searchbox', { name: 'Search users' });

  try {
    await test.step('search narrows the table to the matching user', async () => {
      await expect(dataRows(table).first()).toBeVisible();
      expect(await dataRows(table).count()).toBeGreaterThanOrEqual(11);
      await search.fill('alice');
      await expect(dataRows(table)).toHaveCount(1);
      await expect(dataRows(table).first()).toContainText('Alice Kim');
      await expect(dataRows(table).first()).toContainText(
        'alice.kim@acme.example',
      );
    });

    await test.step('a row opens the user in the detail panel', async () => {
      await table.getByRole('rowheader', { name: /Alice Kim/ }).click();
      const panel = page.getByRole('complementary', { name: 'User details' });
      await expect(
        panel.getByRole('heading', { name: 'Alice Kim' }),
      ).toBeVisible();
      await expect(panel).toContainText('user:default/alice.kim');
      await expect(panel.getByRole('region', { name: 'Email' })).toContainText(
        'alice.kim@acme.example',
      );
      await expect(
        panel.getByRole('region', { name: 'Department' }),
      ).toContainText('engineering');
      await expect(
        panel.getByRole('grid', { name: 'Groups of the user' }),
      ).toContainText('platform-team');
      await expect(
        panel.getByRole('switch', { name: 'User active' }),
      ).toBeChecked();
      // Alice comes from the catalog: disabled there, never deleted here.
      await expect(panel.getByText(/From the catalog/)).toBeVisible();
      await expect(panel.getByRole('button', { name: 'Delete' })).toHaveCount(
        0,
      );
      await panel.getByRole('button', { name: 'Close User details' }).click();
      await expect(panel).toBeHidden();
    });

    await test.step('the create dialog adds a local user to the table', async () => {
      await page.getByRole('button', { name: 'Create user' }).click();
      const dialog = page.getByRole('dialog', { name: 'Create user' });
      await dialog
        .getByRole('textbox', { name: 'Name', exact: true })
        .fill(localName);
      await dialog
        .getByRole('textbox', { name: 'Display name' })
        .fill(`E2E User ${suffix}`);
      await dialog
        .getByRole('textbox', { name: 'Email' })
        .fill(`${localName}@acme.example`);
      await dialog.getByRole('button', { name: 'Create' }).click();
      await expect(dialog).toBeHidden();

      await search.fill(localName);
      await expect(dataRows(table)).toHaveCount(1);
      const row = dataRows(table).first();
      await expect(row).toContainText(`E2E User ${suffix}`);
      await expect(row.getByRole('gridcell', { name: 'active' })).toBeVisible();
    });

    await test.step('a bulk action disables the selected user', async () => {
      const row = dataRows(table).first();
      await row.locator('label.bui-Checkbox').click();
      const bar = page.getByRole('region', { name: 'Bulk actions' });
      await expect(bar).toContainText('1 selected');
      await bar.getByRole('button', { name: 'Disable' }).click();
      await expect(
        row.getByRole('gridcell', { name: 'disabled', exact: true }),
      ).toBeVisible();
      const user = await api.get<{ status: string }>(userPath(localRef));
      expect(user.status).toBe('disabled');
      await saveScreenshot(page, 'authz-users');
    });

    await test.step('CSV import reports each row, the invalid one with its reason', async () => {
      await page.getByRole('button', { name: 'Import CSV' }).click();
      const dialog = page.getByRole('dialog', {
        name: 'Import users from CSV',
      });
      await dialog
        .getByRole('textbox', { name: 'CSV content' })
        .fill(
          [
            'name,displayName,email,department,groups,status',
            `${csvName},CSV User ${suffix},,engineering,,active`,
            'Not A Name,,,,,',
          ].join('\n'),
        );
      await dialog.getByRole('button', { name: 'Import' }).click();

      const report = dialog.getByRole('region', { name: 'Import report' });
      await expect(report).toContainText(
        '1 created · 0 updated · 0 skipped · 1 invalid',
      );
      const rows = dataRows(report.getByRole('grid'));
      await expect(rows).toHaveCount(2);
      await expect(rows.nth(0)).toContainText(csvName);
      await expect(rows.nth(0)).toContainText('created');
      await expect(rows.nth(1)).toContainText('Not A Name');
      await expect(rows.nth(1)).toContainText('invalid');
      await expect(rows.nth(1)).toContainText('name: must be a catalog name');
      await saveScreenshot(page, 'authz-users-import');
      // The footer's "Close" (the header has an icon button of that name too).
      await dialog.getByText('Close', { exact: true }).click();
      await expect(dialog).toBeHidden();

      await search.fill(csvName);
      await expect(dataRows(table)).toHaveCount(1);
      await expect(dataRows(table).first()).toContainText(`CSV User ${suffix}`);
      await expect(
        dataRows(table).first().getByRole('gridcell', { name: 'engineering' }),
      ).toBeVisible();
    });
  } finally {
    await api.deleteQuietly(userPath(localRef));
    await api.deleteQuietly(userPath(`user:default/${csvName}`));
  }

  expect(errors).toEqual([]);
});
