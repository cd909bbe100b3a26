import { test, expect } from '@playwright/test';
import { saveScreenshot, watchConsoleErrors } from '../portal';
import { AuthzTestApi, TestRole, openAccess, uniqueSuffix } from './access';

type RolePage = { items: TestRole[]; totalCount: number };

test('Access roles: filter tabs, create a custom role and attach a policy', async ({
  page,
}) => {
  const errors = watchConsoleErrors(page);
  const api = await AuthzTestApi.asGuest(page.request);
  const name = `E2E role ${uniqueSuffix()}`;

  try {
    await openAccess(page, 'Roles');
    const filters = page.getByRole('tablist', { name: 'Role filter' });
    const cards = page.getByRole('tabpanel').getByRole('article');
    const showTab = async (tab: string, count: number) => {
      await filters.getByRole('tab', { name: tab }).click();
      await expect(filters.getByRole('tab', { name: tab })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      await expect(cards).toHaveCount(count);
    };

    await test.step('all/system/custom tabs show the matching roles', async () => {
      const all = (await api.get<RolePage>('/roles?limit=500')).totalCount;
      const custom = (await api.get<RolePage>('/roles?type=custom&limit=500'))
        .totalCount;
      // The seed's two system roles; roles made here are always custom.
      expect(all - custom).toBe(2);
      await expect(cards.first()).toBeVisible();
      await expect(cards).toHaveCount(all);

      await showTab('System', 2);
      await expect(
        cards.filter({ hasText: 'Platform Administrator' }),
      ).toContainText('System role');
      await expect(cards.filter({ hasText: 'Portal Reader' })).toContainText(
        'applies to all users',
      );
      await showTab('Custom', custom);
      await expect(
        page.getByRole('article', { name: 'Catalog Owner Editor' }),
      ).toContainText('Custom role');
      await showTab('All', all);
    });

    await test.step('a custom role is created and counted on its tab', async () => {
      const before = await cards.count();
      await page.getByRole('button', { name: 'Create role' }).click();
      const dialog = page.getByRole('dialog', { name: 'Create role' });
      await dialog
        .getByRole('textbox', { name: 'Name', exact: true })
        .fill(name);
      await dialog
        .getByRole('textbox', { name: 'Description' })
        .fill('Made by the end-to-end test');
      await dialog.getByRole('button', { name: 'Create' }).click();
      await expect(dialog).toBeHidden();

      const card = page.getByRole('article', { name });
      await expect(card).toContainText('Custom role');
      await expect(card).toContainText('Made by the end-to-end test');
      await expect(card).toContainText('No policies');
      await expect(cards).toHaveCount(before + 1);
      await showTab('Custom', before + 1 - 2);
      await expect(page.getByRole('article', { name })).toBeVisible();
      await showTab('System', 2);
      await showTab('All', before + 1);
    });

    await test.step('a policy attached to the role shows as a chip', async () => {
      const card = page.getByRole('article', { name });
      await card.getByRole('button', { name: 'Policies' }).click();
      const dialog = page.getByRole('dialog', { name: `Policies of ${name}` });
      await dialog.getByRole('button', { name: /Policies/ }).click();
      await page
        .getByRole('option', { name: 'PortalReadAccess', exact: true })
        .click();
      await page.keyboard.press('Escape');
      await expect(dialog).toContainText('1 to attach · 0 to detach');
      await dialog.getByRole('button', { name: 'Save policies' }).click();
      await expect(dialog).toBeHidden();

      await expect(
        card
          .getByRole('grid', { name: `Policies of ${name}` })
          .getByRole('row', { name: 'PortalReadAccess' }),
      ).toBeVisible();
      const id = await api.roleIdByName(name);
      const role = await api.get<{ policyIds: string[] }>(`/roles/${id}`);
      expect(role.policyIds).toHaveLength(1);
      await saveScreenshot(page, 'authz-roles');
    });
  } finally {
    const id = await api.roleIdByName(name);
    if (id) await api.deleteQuietly(`/roles/${id}`);
  }

  expect(errors).toEqual([]);
});
