import { test, expect } from '@playwright/test';
import { saveScreenshot } from '../portal';
import {
  east,
  ObjectRef,
  openHarvester,
  refPath,
  rowOf,
  startHarvesterTest,
  uniqueName,
} from './harvester';

test('Harvester backup & snapshot: restore a snapshot into a new VM', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { errors, api } = await startHarvesterTest(page);
  const source: ObjectRef = {
    cluster: east.name,
    namespace: 'default',
    name: uniqueName('src'),
  };
  const restored: ObjectRef = { ...source, name: `${source.name}-restored` };
  const snapshot = `${source.name}-snap`;
  const snapshotPath = `${refPath(source)}/backups/${snapshot}`;

  try {
    await api.createRunningVm(source);
    await api.call('POST', `${refPath(source)}/vms/${source.name}/backups`, {
      name: snapshot,
      type: 'snapshot',
    });

    await openHarvester(page, 'Backup & Snapshot', east);
    await page
      .getByRole('tablist', { name: 'Backup and snapshot sections' })
      .getByRole('tab', { name: 'Snapshots' })
      .click();
    await expect(page).toHaveURL(/tab=snapshots/);
    const table = page.getByRole('grid', { name: 'Data table' });
    const row = rowOf(table, snapshot);

    await test.step('the new snapshot is followed until it is ready', async () => {
      await expect(
        row.getByRole('link', { name: source.name, exact: true }),
      ).toHaveAttribute(
        'href',
        `/harvester/vms/${east.name}/default/${source.name}`,
      );
      await expect(row.getByRole('gridcell', { name: 'Ready' })).toBeVisible({
        timeout: 30_000,
      });
      // The seed's snapshot is listed beside it.
      await expect(rowOf(table, 'ledger-db-before-upgrade')).toBeVisible();
    });

    await test.step('restore into a new VM, named in the dialog', async () => {
      await row.getByRole('button', { name: `Restore ${snapshot}` }).click();
      const dialog = page.getByRole('dialog', { name: `Restore ${snapshot}` });
      await expect(
        dialog.getByRole('radio', { name: 'A new VM' }),
      ).toBeChecked();
      await dialog
        .getByRole('textbox', { name: 'New VM name' })
        .fill(restored.name);
      await dialog.getByRole('button', { name: 'Restore' }).click();
      await expect(dialog).toBeHidden();
      await expect(
        page.getByText(`Restore of ${snapshot} started`),
      ).toBeVisible();
      await saveScreenshot(page, 'harvester-backups');
    });

    await test.step('the restored VM appears and runs', async () => {
      // The restore controller makes the VM a moment after the request.
      await expect
        .poll(async () => (await api.findVm(restored))?.state, {
          timeout: 30_000,
          message: `${restored.name} was made`,
        })
        .toBeDefined();
      await page
        .getByRole('tablist', { name: 'Toolbar tabs' })
        .getByRole('tab', { name: 'Virtual Machines' })
        .click();
      await page
        .getByRole('searchbox', { name: 'Search VMs' })
        .fill(restored.name);
      const vms = page.getByRole('grid', { name: 'Data table' });
      await expect(
        rowOf(vms, restored.name).getByRole('gridcell', { name: 'Running' }),
      ).toBeVisible({ timeout: 60_000 });
      expect((await api.findVm(restored))?.state).toBe('Running');
    });
  } finally {
    await api.deleteVmQuietly(restored);
    await api.deleteQuietly(snapshotPath);
    await api.deleteVmQuietly(source);
  }

  expect(errors).toEqual([]);
});
