import { test, expect } from '@playwright/test';
import { saveScreenshot, watchConsoleErrors } from '../portal';
import { AuthzTestApi, openAccess, pickOption, uniqueSuffix } from './access';

type Holder = { kind: string; ref: string };

test('Access departments: the tree, a department’s details and a role bound to it', async ({
  page,
}) => {
  const errors = watchConsoleErrors(page);
  const api = await AuthzTestApi.asGuest(page.request);
  await api.waitForCatalogSync();
  const role = await api.createRole(`E2E infrastructure ${uniqueSuffix()}`);

  try {
    await openAccess(page, 'Departments');
    const tree = page.getByRole('tree', { name: 'Departments' });

    await test.step('the tree shows acme → engineering → infrastructure', async () => {
      const acme = tree.getByRole('treeitem', { name: 'Acme Corp' });
      await expect(acme).toHaveAttribute('aria-expanded', 'true');
      const engineering = acme.getByRole('treeitem', { name: 'Engineering' });
      await expect(engineering).toHaveAttribute('aria-expanded', 'false');
      for (const name of ['Data & AI', 'Security', 'Finance']) {
        await expect(acme.getByRole('treeitem', { name })).toBeVisible();
      }
      await expect(
        tree.getByRole('treeitem', { name: 'Infrastructure' }),
      ).toHaveCount(0);
      await tree.getByRole('button', { name: 'Expand Engineering' }).click();
      await expect(engineering).toHaveAttribute('aria-expanded', 'true');
      await expect(
        engineering.getByRole('treeitem', { name: 'Infrastructure' }),
      ).toBeVisible();
    });

    const panel = page.getByRole('complementary', {
      name: 'Department details',
    });

    await test.step('selecting a department shows its path and members', async () => {
      await tree
        .getByRole('button', { name: /^Infrastructure \d+ members$/ })
        .click();
      await expect(
        tree.getByRole('treeitem', { name: 'Infrastructure' }),
      ).toHaveAttribute('aria-selected', 'true');
      await expect(
        panel.getByRole('heading', { name: 'Infrastructure' }),
      ).toBeVisible();
      await expect(panel.getByRole('navigation', { name: 'Path' })).toHaveText(
        'Acme Corp › Engineering › Infrastructure',
      );
      await expect(panel.getByRole('group', { name: 'Members' })).toContainText(
        '2',
      );
      const members = panel.getByRole('list', { name: 'Department members' });
      await expect(members.getByRole('listitem')).toHaveCount(2);
      await expect(members).toContainText('Carol Park');
      await expect(members).toContainText('Dave Choi');
      await expect(panel.getByRole('group', { name: 'Roles' })).toContainText(
        '0',
      );
    });

    await test.step('a role is attached to the department', async () => {
      const roles = panel.getByRole('region', {
        name: 'Roles (inherited by sub-departments)',
      });
      await pickOption(page, /Attach role/, role.name, roles);
      await roles.getByRole('button', { name: 'Attach', exact: true }).click();
      await expect(
        roles.getByRole('grid', { name: 'Attached roles' }),
      ).toContainText(role.name);
      await expect(panel.getByRole('group', { name: 'Roles' })).toContainText(
        '1',
      );
      const holders = await api.get<{ items: Holder[] }>(
        `/roles/${role.id}/holders`,
      );
      expect(holders.items).toEqual([
        expect.objectContaining({
          kind: 'department',
          ref: 'group:default/infrastructure',
        }),
      ]);
      await saveScreenshot(page, 'authz-departments');
    });
  } finally {
    await api.deleteQuietly(`/roles/${role.id}`);
  }

  expect(errors).toEqual([]);
});
