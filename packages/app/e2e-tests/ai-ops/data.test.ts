import { test, expect } from '@playwright/test';
import { openAiOps, rowOf, startAiOpsTest, uniqueName } from './aiOps';

test('AI-Ops data: a connection created with a secret reference is tested', async ({
  page,
}) => {
  const { errors, api } = await startAiOpsTest(page);
  const name = uniqueName('conn');
  await openAiOps(page, 'Data');
  await expect(page.getByRole('region', { name: 'Datasets' })).toBeVisible();

  await page.getByRole('tab', { name: 'Connections' }).click();
  await page.getByRole('button', { name: 'New connection' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /^Name/ }).fill(name);
  await dialog
    .getByRole('textbox', { name: /^Settings/ })
    .fill('{"directory": "/tmp"}');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();

  const row = rowOf(page, name);
  await expect(row).toContainText('untested');
  await row.getByRole('button', { name: `Test ${name}` }).click();
  await expect(row).toContainText('ok');
  await api.deleteQuietly(`/workspaces/forecasting/connections/${name}`);
  expect(errors).toEqual([]);
});
