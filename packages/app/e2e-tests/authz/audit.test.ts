import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { saveScreenshot, watchConsoleErrors } from '../portal';
import {
  AuthzTestApi,
  dataRows,
  openAccess,
  pickOption,
  uniqueSuffix,
} from './access';

test('Access audit log: live entries, raw JSON, filters and export', async ({
  page,
}) => {
  const errors = watchConsoleErrors(page);
  const api = await AuthzTestApi.asGuest(page.request);
  let roleId: string | undefined;

  try {
    await openAccess(page, 'Audit log');
    const live = page.getByRole('status', { name: /^Live updates:/ });
    const table = page
      .getByRole('region', { name: 'Audit entries' })
      .getByRole('grid');

    await test.step('the live indicator shows the stream connected', async () => {
      await expect(live).toHaveAccessibleName('Live updates: Live');
      await expect(dataRows(table).first()).toBeVisible();
    });

    await test.step('a change made elsewhere appears at the top without reload', async () => {
      // Changes only, so the page's own decisions do not arrive in between.
      await pickOption(page, /Kind/, 'Changes');
      await expect(live).toHaveAccessibleName('Live updates: Live');
      await expect(
        dataRows(table).getByRole('gridcell', { name: 'decision' }),
      ).toHaveCount(0);
      await page.evaluate(() => {
        document.body.dataset.e2eSameDocument = 'yes';
      });

      const role = await api.createRole(`E2E audit ${uniqueSuffix()}`);
      roleId = role.id;

      const top = dataRows(table).first();
      await expect(top).toContainText(role.id);
      await expect(top).toContainText('authz.role.create');
      await expect(top).toContainText('new');
      await expect(top.getByRole('rowheader')).toHaveText('user:default/guest');
      expect(
        await page.evaluate(() => document.body.dataset.e2eSameDocument),
      ).toBe('yes');
    });

    await test.step('an entry opens with its raw JSON', async () => {
      await dataRows(table).first().getByRole('rowheader').click();
      const panel = page.getByRole('complementary', { name: 'Audit entry' });
      await expect(
        panel.getByRole('heading', { name: 'authz.role.create' }),
      ).toBeVisible();
      await expect(panel.getByRole('region', { name: 'Principal' })).toHaveText(
        'Principaluser:default/guest',
      );
      const raw = panel.getByLabel('Raw audit entry');
      const entry = JSON.parse((await raw.textContent()) ?? '');
      expect(entry).toMatchObject({
        kind: 'change',
        actor: 'user:default/guest',
        action: 'authz.role.create',
        targetRef: roleId,
        result: 'succeeded',
      });
      await saveScreenshot(page, 'authz-audit');
      await panel.getByRole('button', { name: 'Close Audit entry' }).click();
      await expect(panel).toBeHidden();
    });

    await test.step('filters narrow the list', async () => {
      const resource = page.getByRole('textbox', { name: 'Resource' });
      await resource.fill(roleId!);
      await expect(dataRows(table)).toHaveCount(1);
      await expect(dataRows(table).first()).toContainText('authz.role.create');

      await resource.fill('');
      await pickOption(page, /Kind/, 'Decisions');
      await page
        .getByRole('textbox', { name: 'User', exact: true })
        .fill('user:default/guest');
      await pickOption(page, /Result/, 'ALLOW');
      await expect(
        dataRows(table).getByRole('gridcell', { name: 'change' }),
      ).toHaveCount(0);
      await expect(dataRows(table).first()).toContainText('ALLOW');
      // Live entries keep arriving, so count the rows that do not match.
      await expect(
        dataRows(table).filter({
          hasNot: page.getByRole('rowheader', { name: 'user:default/guest' }),
        }),
      ).toHaveCount(0);
      await expect(
        dataRows(table).filter({
          hasNot: page.getByRole('gridcell', { name: 'ALLOW' }),
        }),
      ).toHaveCount(0);

      await pickOption(page, /Result/, 'DENY');
      await page
        .getByRole('textbox', { name: 'Permission' })
        .fill(`e2e.no-such-permission-${uniqueSuffix()}`);
      await expect(
        page
          .getByRole('region', { name: 'Audit entries' })
          .getByText('No entries match these filters.'),
      ).toBeVisible();
    });

    await test.step('the filtered log exports as CSV and JSON', async () => {
      await pickOption(page, /Result/, 'Any');
      await page.getByRole('textbox', { name: 'Permission' }).fill('');
      await page.getByRole('textbox', { name: 'User', exact: true }).fill('');
      await pickOption(page, /Kind/, 'Changes');
      await page.getByRole('textbox', { name: 'Resource' }).fill(roleId!);
      await expect(dataRows(table)).toHaveCount(1);

      for (const format of ['CSV', 'JSON']) {
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: `Export ${format}` }).click();
        const file = await download;
        expect(file.suggestedFilename()).toBe(
          `audit-log.${format.toLowerCase()}`,
        );
        const content = await readFile(await file.path(), 'utf8');
        expect(content).toContain(roleId);
        expect(content).toContain('authz.role.create');
      }
    });
  } finally {
    if (roleId) await api.deleteQuietly(`/roles/${roleId}`);
  }

  expect(errors).toEqual([]);
});
