import { test, expect } from '@playwright/test';
import { saveScreenshot } from '../portal';
import { unexpectedErrors } from '../data-catalog/dataCatalog';
import { openHarvester, rowOf, startHarvesterTest, west } from './harvester';

type Namespace = {
  name: string;
  vmCount: number;
  quota?: { cpuCores?: number; vmCount?: number };
};

/** A demo namespace without a quota, with one (stopped) VM in it. */
const namespace = 'finance';
const quotaPath = `/clusters/${west.name}/namespaces/${namespace}/quota`;

test('Harvester namespaces: edit a quota, see it against usage, clear it again', async ({
  page,
}) => {
  const { errors, api } = await startHarvesterTest(page);
  const readNamespace = async () =>
    (
      await api.get<{ items: Namespace[] }>(
        `/namespaces?cluster=${west.name}&limit=500`,
      )
    ).items.find(n => n.name === namespace)!;
  // A quota left by an interrupted run would change what the row shows.
  await api.call('PUT', quotaPath, {});
  const before = await readNamespace();
  expect(before.quota).toBeUndefined();
  expect(before.vmCount).toBeGreaterThan(0);

  try {
    const table = await openHarvester(page, 'Namespaces', west);
    const row = rowOf(table, namespace);
    await expect(row).toContainText('no limit');

    const editQuota = async () => {
      await row
        .getByRole('button', { name: `Edit quota of ${namespace}` })
        .click();
      return page.getByRole('dialog', { name: `Quota of ${namespace}` });
    };

    await test.step('a limit below what the namespace uses is refused', async () => {
      const dialog = await editQuota();
      await dialog.getByRole('textbox', { name: 'VMs' }).fill('0');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(dialog.getByRole('alert')).toContainText('vmCount');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();
    });

    await test.step('limits are saved and shown against the usage', async () => {
      const dialog = await editQuota();
      await dialog.getByRole('textbox', { name: 'CPU (cores)' }).fill('16');
      await dialog.getByRole('textbox', { name: 'Memory (GiB)' }).fill('64');
      await dialog.getByRole('textbox', { name: 'Storage (GiB)' }).fill('500');
      await dialog.getByRole('textbox', { name: 'VMs' }).fill('10');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText(`Quota of ${namespace} saved`)).toBeVisible();
      await expect(
        row.getByRole('meter', { name: `CPU of ${namespace}` }),
      ).toHaveAttribute('aria-valuetext', /\/ 16 cores · /);
      await expect(
        row.getByRole('meter', { name: `VMs of ${namespace}` }),
      ).toHaveAttribute(
        'aria-valuetext',
        `${before.vmCount} / 10 · ${before.vmCount * 10}%`,
      );
      expect((await readNamespace()).quota).toMatchObject({
        cpuCores: 16,
        vmCount: 10,
      });
      await saveScreenshot(page, 'harvester-namespaces');
    });

    await test.step('emptied fields lift the limits', async () => {
      const dialog = await editQuota();
      await expect(
        dialog.getByRole('textbox', { name: 'CPU (cores)' }),
      ).toHaveValue('16');
      for (const field of [
        'CPU (cores)',
        'Memory (GiB)',
        'Storage (GiB)',
        'VMs',
      ]) {
        await dialog.getByRole('textbox', { name: field }).clear();
      }
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(dialog).toBeHidden();
      await expect(
        row.getByRole('meter', { name: `CPU of ${namespace}` }),
      ).toBeHidden();
      await expect(row).toContainText('no limit');
      expect((await readNamespace()).quota).toBeUndefined();
    });
  } finally {
    await api.call('PUT', quotaPath, {});
  }

  // The refused limit is the one failed request (400).
  expect(unexpectedErrors(errors, 400)).toEqual([]);
});
