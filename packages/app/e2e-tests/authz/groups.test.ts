import { test, expect } from '@playwright/test';
import { saveScreenshot, watchConsoleErrors } from '../portal';
import { AuthzTestApi, dataRows, openAccess } from './access';

test('Access groups: cards with avatars, the list view and a group’s details', async ({
  page,
}) => {
  const errors = watchConsoleErrors(page);
  const api = await AuthzTestApi.asGuest(page.request);
  await api.waitForCatalogSync();

  await openAccess(page, 'Groups');
  const view = page.getByRole('radiogroup', { name: 'View' });

  await test.step('cards show each group with its member avatars', async () => {
    await expect(view.getByRole('radio', { name: 'Cards' })).toBeChecked();
    const card = page.getByRole('article', { name: 'Platform Team' });
    await expect(card).toContainText('group:default/platform-team');
    await expect(card).toContainText('Builds and runs the portal');
    const avatars = card.getByRole('group', { name: '3 members' });
    await expect(avatars.getByRole('img')).toHaveCount(3);
    for (const name of ['alice kim', 'bob lee', 'guest']) {
      await expect(avatars.getByRole('img', { name })).toBeVisible();
    }
    // The seeded Platform Administrator and AI-Ops Administrator roles are
    // bound to this group.
    await expect(card).toContainText('3 members · 2 roles');
    await expect(page.getByRole('article')).toHaveCount(7);
  });

  await test.step('the list view shows the same groups in a table', async () => {
    await view.getByRole('radio', { name: 'List' }).click();
    await expect(page.getByRole('article')).toHaveCount(0);
    const table = page.getByRole('grid');
    await expect(dataRows(table)).toHaveCount(7);
    const row = dataRows(table).filter({ hasText: 'Platform Team' });
    await expect(row).toContainText('Builds and runs the portal');
    await expect(row.getByRole('group', { name: '3 members' })).toBeVisible();
    await expect(row.getByRole('gridcell', { name: 'catalog' })).toBeVisible();
    await view.getByRole('radio', { name: 'Cards' }).click();
    await expect(page.getByRole('article')).toHaveCount(7);
  });

  await test.step('a card opens the group’s details', async () => {
    await page.getByRole('article', { name: 'SRE' }).click();
    const panel = page.getByRole('complementary', { name: 'Group details' });
    await expect(panel.getByRole('heading', { name: 'SRE' })).toBeVisible();
    await expect(panel).toContainText('group:default/sre-team');
    await expect(panel).toContainText(
      'Operates databases, clusters and on-call',
    );
    await expect(
      panel.getByRole('region', { name: 'Members (1)' }),
    ).toContainText('carol.park');
    await expect(panel.getByText(/From the catalog/)).toBeVisible();
    await expect(
      panel.getByRole('button', { name: 'Edit members' }),
    ).toHaveCount(0);
    // Roles stay editable on catalog groups; SRE holds the seeded
    // Virtualization Operator role.
    await expect(panel.getByRole('region', { name: 'Roles' })).toContainText(
      'Virtualization Operator',
    );
    await expect(
      panel.getByRole('button', { name: /Attach role/ }),
    ).toBeVisible();
    await saveScreenshot(page, 'authz-groups');
  });

  expect(errors).toEqual([]);
});
