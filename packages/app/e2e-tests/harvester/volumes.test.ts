import { test, expect } from '@playwright/test';
import { saveScreenshot, selectOption } from '../portal';
import {
  deleteRow,
  openHarvester,
  rowOf,
  startHarvesterTest,
  uniqueName,
  west,
} from './harvester';

type Volume = { name: string; sizeBytes: number; attachedVm?: string };

const GiB = 1024 ** 3;

test('Harvester volumes: create a blank volume, expand it, delete it; attached ones stay', async ({
  page,
}) => {
  const { errors, api } = await startHarvesterTest(page);
  const name = uniqueName('vol');
  const volumePath = `/clusters/${west.name}/namespaces/default/volumes/${name}`;
  const created = () =>
    api.findListed<Volume>('volumes', west.name, v => v.name === name);

  try {
    const table = await openHarvester(page, 'Volumes', west);

    await test.step('a volume a VM uses cannot be deleted', async () => {
      // The demo's dev-box boots from `dev-box-disk-0-<suffix>`.
      const attached = rowOf(table, /^dev-box-disk-0-/);
      await expect(
        attached.getByRole('link', { name: 'dev-box', exact: true }),
      ).toBeVisible();
      await expect(
        attached.getByRole('button', { name: /^Delete dev-box-disk-0-/ }),
      ).toBeDisabled();
    });

    await test.step('a blank volume is created', async () => {
      await page.getByRole('button', { name: 'Create volume' }).click();
      const dialog = page.getByRole('dialog', { name: 'Create volume' });
      await selectOption(dialog, 'Namespace', 'default');
      await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
      await dialog.getByRole('textbox', { name: 'Size' }).fill('5Gi');
      await expect(
        dialog.getByRole('radio', { name: 'Blank volume' }),
      ).toBeChecked();
      await dialog.getByRole('button', { name: 'Create', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText(`Volume ${name} created`)).toBeVisible();
      await expect(
        rowOf(table, name).getByRole('gridcell', { name: '5 GiB' }),
      ).toBeVisible();
      expect((await created())?.sizeBytes).toBe(5 * GiB);
    });

    await test.step('it is expanded to a larger size', async () => {
      await rowOf(table, name)
        .getByRole('button', { name: `Expand ${name}` })
        .click();
      const dialog = page.getByRole('dialog', { name: `Expand ${name}` });
      await dialog.getByRole('textbox', { name: 'New size' }).fill('8Gi');
      await dialog.getByRole('button', { name: 'Expand' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText(`Volume ${name} expanded`)).toBeVisible();
      // The list shows the capacity, which grows once Longhorn resized the
      // volume; the page follows that without a reload.
      await expect(
        rowOf(table, name).getByRole('gridcell', {
          name: '8 GiB',
          exact: true,
        }),
      ).toBeVisible({ timeout: 30_000 });
      expect((await created())?.sizeBytes).toBe(8 * GiB);
      await saveScreenshot(page, 'harvester-volumes');
    });

    await test.step('an unattached volume is deleted', async () => {
      await deleteRow(table, name, `Delete volume ${name}`);
      await expect(rowOf(table, name)).toHaveCount(0);
      await expect.poll(created, { timeout: 30_000 }).toBeUndefined();
    });
  } finally {
    await api.deleteQuietly(volumePath);
  }

  expect(errors).toEqual([]);
});
