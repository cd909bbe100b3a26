import { test, expect } from '@playwright/test';
import { selectOption } from '../portal';
import { mlResearch, openAiOps, rowOf, startAiOpsTest } from './aiOps';

test('AI-Ops settings: a member added, promoted and removed; a budget on the home cost card', async ({
  page,
}) => {
  const { errors, api } = await startAiOpsTest(page);
  // A seeded catalog user who is no member of ml-research yet.
  const member = 'user:default/jack.oh';
  await openAiOps(page, 'Settings', mlResearch);

  const members = page.getByRole('region', { name: 'Members' });
  const principal = members.getByRole('combobox', { name: /^User or group/ });
  await principal.fill('jack');
  await page.getByRole('option', { name: 'Jack Oh' }).click();
  await expect(principal).toHaveValue(member);
  await selectOption(members, 'Role', 'editor');
  await members.getByRole('button', { name: 'Add member' }).click();
  const row = rowOf(members, member);
  await expect(row).toContainText('editor');

  await selectOption(row, `Role of ${member}`, 'admin');
  await expect
    .poll(async () => {
      const { items } = await api.get<{
        items: { principal: string; role: string }[];
      }>(`/workspaces/${mlResearch.name}/members`);
      return items.find(m => m.principal === member)?.role;
    })
    .toBe('admin');

  await row.getByRole('button', { name: `Remove ${member}` }).click();
  const dialog = page.getByRole('dialog', { name: `Delete member ${member}?` });
  await expect(dialog).toContainText('loses the admin role');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveCount(0);

  const budget = page.getByRole('region', { name: 'Monthly budget' });
  await budget.getByRole('textbox', { name: /^Monthly limit/ }).fill('4321');
  await budget.getByRole('button', { name: 'Save budget' }).click();
  await expect(budget).toContainText('of $4,321.00');
  await expect(page.getByRole('region', { name: 'Prices' })).toContainText(
    'GPU hour',
  );

  await page
    .getByRole('tablist', { name: 'Toolbar tabs' })
    .getByRole('tab', { name: 'Home', exact: true })
    .click();
  await expect(
    page.getByRole('region', { name: 'Monthly cost' }),
  ).toContainText('of $4,321.00');

  await api.deleteQuietly(`/workspaces/${mlResearch.name}/members/${member}`);
  expect(errors).toEqual([]);
});
