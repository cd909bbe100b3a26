import { test, expect } from '@playwright/test';
import { saveScreenshot } from '../portal';
import { openHarvester, rowOf, startHarvesterTest, west } from './harvester';

type Setting = { name: string; value?: string; customized: boolean };

const setting = 'log-level';
const settingPath = `/clusters/${west.name}/settings/${setting}`;

test('Harvester advanced settings: edit a setting, then reset it to its default', async ({
  page,
}) => {
  const { errors, api } = await startHarvesterTest(page);
  const read = async () =>
    (await api.get<Setting[]>(`/settings?cluster=${west.name}`)).find(
      s => s.name === setting,
    )!;
  // A value left by an interrupted run would change what the row shows.
  await api.call('PUT', settingPath, { value: null });

  try {
    const table = await openHarvester(page, 'Advanced', west);
    await page.getByRole('searchbox', { name: 'Search settings' }).fill('log');
    const row = rowOf(table, setting);
    await expect(table.getByRole('rowheader')).toHaveCount(1);
    await expect(row.getByRole('gridcell', { name: 'info' })).toBeVisible();
    await expect(row.getByRole('gridcell', { name: 'default' })).toBeVisible();

    const edit = async () => {
      await row
        .getByRole('button', { name: `Edit ${setting} of ${west.name}` })
        .click();
      return page.getByRole('dialog', {
        name: `Edit ${setting} (${west.name})`,
      });
    };

    await test.step('a new value is saved and marked customized', async () => {
      const dialog = await edit();
      await expect(
        dialog.getByRole('button', { name: 'Reset to default' }),
      ).toBeDisabled();
      await dialog.getByRole('textbox', { name: 'Value' }).fill('debug');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText(`${setting} saved`)).toBeVisible();
      await expect(row.getByRole('gridcell', { name: 'debug' })).toBeVisible();
      await expect(
        row.getByRole('gridcell', { name: 'Customized', exact: true }),
      ).toBeVisible();
      expect(await read()).toMatchObject({ value: 'debug', customized: true });
      await saveScreenshot(page, 'harvester-advanced');
    });

    await test.step('reset to default clears the value', async () => {
      const dialog = await edit();
      await expect(dialog.getByRole('textbox', { name: 'Value' })).toHaveValue(
        'debug',
      );
      await dialog.getByRole('button', { name: 'Reset to default' }).click();
      await expect(dialog).toBeHidden();
      await expect(
        page.getByText(`${setting} reset to its default`),
      ).toBeVisible();
      await expect(
        row.getByRole('gridcell', { name: 'default' }),
      ).toBeVisible();
      await expect(row.getByRole('gridcell', { name: 'debug' })).toBeHidden();
      expect((await read()).customized).toBe(false);
    });
  } finally {
    await api.call('PUT', settingPath, { value: null });
  }

  expect(errors).toEqual([]);
});
