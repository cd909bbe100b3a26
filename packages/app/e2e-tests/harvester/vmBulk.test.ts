import { test, expect } from '@playwright/test';
import { saveScreenshot } from '../portal';
import {
  east,
  ObjectRef,
  openHarvester,
  rowOf,
  startHarvesterTest,
  tick,
  uniqueName,
} from './harvester';

test('Harvester VM bulk actions: stop two VMs, then delete them, each confirmed with both listed', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { errors, api } = await startHarvesterTest(page);
  const prefix = uniqueName('bulk');
  const vms: ObjectRef[] = ['a', 'b'].map(suffix => ({
    cluster: east.name,
    namespace: 'default',
    name: `${prefix}-${suffix}`,
  }));
  const refs = vms.map(vm => `${vm.cluster}/${vm.namespace}/${vm.name}`);

  try {
    for (const vm of vms) await api.createRunningVm(vm);

    const table = await openHarvester(page, 'Virtual Machines');
    await page.getByRole('searchbox', { name: 'Search VMs' }).fill(prefix);
    await expect(table.getByRole('rowheader')).toHaveCount(2);
    const toolbar = page.getByRole('toolbar', { name: 'Selected VMs' });

    const selectBoth = async () => {
      for (const vm of vms) {
        await tick(table, `Select row ${vm.name} default`);
      }
      await expect(toolbar).toContainText('2 VMs selected');
    };

    await test.step('Stop: the dialog lists both VMs, then each result', async () => {
      await selectBoth();
      await toolbar.getByRole('button', { name: 'Stop' }).click();
      const dialog = page.getByRole('dialog', { name: 'Stop 2 VMs' });
      const listed = dialog.getByRole('list', { name: 'VMs to stop' });
      await expect(listed.getByRole('listitem')).toHaveCount(2);
      for (const ref of refs) await expect(listed).toContainText(ref);
      await saveScreenshot(page, 'harvester-vm-bulk');
      await dialog.getByRole('button', { name: 'Stop 2 VMs' }).click();

      const results = page.getByRole('dialog', { name: 'Stop: results' });
      await expect(results).toContainText('Stop done for 2 VMs.');
      await expect(
        results.getByRole('list', { name: 'Results' }).getByRole('listitem'),
      ).toHaveCount(2);
      await results.getByRole('button', { name: 'Done' }).click();
      await expect(results).toBeHidden();
      for (const vm of vms) {
        await expect(
          rowOf(table, vm.name).getByRole('gridcell', { name: 'Stopped' }),
        ).toBeVisible({ timeout: 60_000 });
      }
    });

    await test.step('Delete with their volumes: both are gone', async () => {
      await selectBoth();
      await toolbar.getByRole('button', { name: 'Delete' }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete 2 VMs' });
      const listed = dialog.getByRole('list', { name: 'VMs to delete' });
      for (const ref of refs) await expect(listed).toContainText(ref);
      await expect(dialog).toContainText('volumes are kept');
      await tick(dialog, 'Also delete their volumes');
      await expect(dialog).toContainText('volumes are deleted with them');
      await dialog.getByRole('button', { name: 'Delete 2 VMs' }).click();
      const results = page.getByRole('dialog', { name: 'Delete: results' });
      await expect(results).toContainText('Delete done for 2 VMs.');
      await results.getByRole('button', { name: 'Done' }).click();
      await expect(page.getByText('No VMs match these filters.')).toBeVisible({
        timeout: 30_000,
      });
      for (const vm of vms) await api.waitForVmGone(vm);
    });
  } finally {
    for (const vm of vms) await api.deleteVmQuietly(vm);
  }

  expect(errors).toEqual([]);
});
