import { test, expect, Page } from '@playwright/test';
import { saveScreenshot, selectOption } from '../portal';
import {
  east,
  ObjectRef,
  openHarvester,
  rowOf,
  startHarvesterTest,
  tick,
  ubuntuImage,
  uniqueName,
} from './harvester';

/** The state badge beside the VM page's title. */
const stateBadge = (page: Page, state: string) =>
  page.getByText(state, { exact: true }).first();

test('Harvester VM lifecycle: create from an image, stop, start, migrate, snapshot and delete', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const { errors, api } = await startHarvesterTest(page);
  const vm: ObjectRef = {
    cluster: east.name,
    namespace: 'default',
    name: uniqueName('vm'),
  };
  const snapshot = `${vm.name}-snap`;

  try {
    const table = await openHarvester(page, 'Virtual Machines');

    await test.step('the Create dialog makes a VM from an image', async () => {
      await page.getByRole('button', { name: 'Create VM' }).click();
      const dialog = page.getByRole('dialog', {
        name: 'Create virtual machine',
      });
      await selectOption(dialog, 'Cluster', east.title);
      await selectOption(dialog, 'Namespace', vm.namespace);
      await dialog.getByRole('textbox', { name: 'Name' }).fill(vm.name);
      await expect(dialog.getByRole('radio', { name: 'Image' })).toBeChecked();
      await selectOption(dialog, 'Image', ubuntuImage.displayName);
      await dialog.getByRole('textbox', { name: 'CPU cores' }).fill('1');
      await dialog.getByRole('textbox', { name: 'Memory' }).fill('2Gi');
      await dialog.getByRole('button', { name: 'Create', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText(`VM ${vm.name} created`)).toBeVisible();
    });

    await test.step('the list follows the new VM until it runs', async () => {
      await page.getByRole('searchbox', { name: 'Search VMs' }).fill(vm.name);
      const row = rowOf(table, vm.name);
      await expect(row).toHaveCount(1);
      await expect(row.getByRole('gridcell', { name: 'Running' })).toBeVisible({
        timeout: 60_000,
      });
      await row.getByRole('link', { name: vm.name }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: vm.name }),
      ).toBeVisible();
      await expect(stateBadge(page, 'Running')).toBeVisible();
    });

    await test.step('Stop, then Start', async () => {
      await page.getByRole('button', { name: 'Stop', exact: true }).click();
      await expect(stateBadge(page, 'Stopped')).toBeVisible({
        timeout: 60_000,
      });
      await expect(
        page.getByRole('button', { name: 'Start', exact: true }),
      ).toBeEnabled();
      expect((await api.findVm(vm))?.state).toBe('Stopped');

      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await expect(stateBadge(page, 'Running')).toBeVisible({
        timeout: 60_000,
      });
      await expect(
        page.getByRole('button', { name: 'Stop', exact: true }),
      ).toBeEnabled();
      await api.waitForVmState(vm, 'Running');
    });

    await test.step('Migrate to a host picked in the dialog', async () => {
      const before = (await api.findVm(vm))!.host!;
      await page.getByRole('button', { name: 'Migrate', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: `Migrate ${vm.name}` });
      await expect(dialog).toContainText(`moves from ${before}`);
      await dialog.getByRole('button', { name: /Target host$/ }).click();
      const targets = page.getByRole('option', { name: /^east-/ });
      await expect(targets.first()).toBeVisible();
      const target = (await targets.first().innerText()).split(' ')[0];
      expect(target).not.toBe(before);
      await targets.first().click();
      await dialog
        .getByRole('button', { name: 'Migrate', exact: true })
        .click();
      await expect(dialog).toBeHidden();
      const overview = page.getByRole('tabpanel', { name: 'Overview' });
      await expect(
        overview.getByRole('link', { name: target, exact: true }),
      ).toBeVisible({ timeout: 60_000 });
      await expect(stateBadge(page, 'Running')).toBeVisible();
      expect((await api.findVm(vm))?.host).toBe(target);

      await page.getByRole('tab', { name: 'Migrations' }).click();
      const migrations = page.getByRole('tabpanel', { name: 'Migrations' });
      await expect(
        migrations.getByRole('gridcell', { name: 'Succeeded' }),
      ).toBeVisible();
      await expect(migrations).toContainText(before);
    });

    await test.step('Take snapshot: listed on its tab, then ready', async () => {
      await page.getByRole('button', { name: 'Take snapshot' }).click();
      const dialog = page.getByRole('dialog', {
        name: `Take snapshot of ${vm.name}`,
      });
      await dialog.getByRole('textbox', { name: 'Name' }).fill(snapshot);
      await dialog.getByRole('button', { name: 'Take snapshot' }).click();
      await expect(dialog).toBeHidden();
      await page.getByRole('tab', { name: 'Snapshots & Backups' }).click();
      const backups = page.getByRole('tabpanel', {
        name: 'Snapshots & Backups',
      });
      const row = rowOf(backups, snapshot);
      await expect(row).toBeVisible();
      await expect(
        row.getByRole('gridcell', { name: 'Snapshot' }),
      ).toBeVisible();
      await expect(row.getByRole('gridcell', { name: 'Ready' })).toBeVisible({
        timeout: 30_000,
      });
      await expect(
        row.getByRole('button', { name: `Restore ${snapshot}` }),
      ).toBeEnabled();
      await saveScreenshot(page, 'harvester-vm');
    });

    await test.step('Delete after typing the name; the volumes go too', async () => {
      const detail = await api.findVm(vm);
      const claims = (detail?.disks ?? [])
        .map(d => d.claimName)
        .filter((c): c is string => Boolean(c));
      expect(claims.length).toBeGreaterThan(0);

      await page
        .getByRole('button', { name: 'Delete', exact: true })
        .first()
        .click();
      const dialog = page.getByRole('dialog', { name: `Delete ${vm.name}` });
      const plan = dialog.getByRole('list', {
        name: 'What happens to its volumes',
      });
      await expect(plan).toContainText(`${claims[0]}: kept`);
      await tick(dialog, 'Also delete its volumes');
      await expect(plan).toContainText(`${claims[0]}: deleted`);
      const confirm = dialog.getByRole('button', {
        name: 'Delete',
        exact: true,
      });
      await expect(confirm).toBeDisabled();
      await dialog
        .getByRole('textbox', { name: `Type ${vm.name} to confirm` })
        .fill(vm.name);
      await confirm.click();

      // Back on the list, which no longer has the VM.
      await expect(page).toHaveURL(/\/harvester\/vms(\?|$)/);
      await page.getByRole('searchbox', { name: 'Search VMs' }).fill(vm.name);
      await expect(page.getByText('No VMs match these filters.')).toBeVisible({
        timeout: 30_000,
      });
      await api.waitForVmGone(vm);
      const left = await api.get<{ items: { name: string }[] }>(
        `/volumes?cluster=${vm.cluster}&namespace=${vm.namespace}&limit=500`,
      );
      expect(left.items.map(v => v.name)).not.toContain(claims[0]);
    });
  } finally {
    await api.deleteQuietly(
      `/clusters/${vm.cluster}/namespaces/${vm.namespace}/backups/${snapshot}`,
    );
    await api.deleteVmQuietly(vm);
  }

  expect(errors).toEqual([]);
});
