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

type Network = { name: string; vlan?: number; clusterNetwork: string };

test('Harvester networks: create a VLAN network on a cluster network, then delete it', async ({
  page,
}) => {
  const { errors, api } = await startHarvesterTest(page);
  const name = uniqueName('vlan');
  // A VLAN ID the demo seed does not use (it has 100 and 200).
  const vlan = String(1000 + Math.floor(Math.random() * 3000));
  const networkPath = `/clusters/${west.name}/namespaces/default/networks/${name}`;
  const created = () =>
    api.findListed<Network>('networks', west.name, n => n.name === name);

  try {
    const table = await openHarvester(page, 'Networks', west);

    await test.step('the seed networks and the cluster networks under them', async () => {
      // Both demo clusters have a vlan100: wait for the list of one.
      await expect(rowOf(table, 'vlan100')).toHaveCount(1);
      await expect(rowOf(table, 'vlan100')).toContainText('100');
      const clusterNetworks = page.getByRole('region', {
        name: 'Cluster networks',
      });
      await expect(rowOf(clusterNetworks, 'data')).toContainText('Ready');
      await expect(rowOf(clusterNetworks, 'data')).toContainText(
        'data-all-hosts',
      );
    });

    await test.step('a VLAN network is created on the data network', async () => {
      await page.getByRole('button', { name: 'Create VLAN network' }).click();
      const dialog = page.getByRole('dialog', { name: 'Create VLAN network' });
      await expect(
        dialog.getByRole('button', { name: /Cluster\s*\*?$/ }),
      ).toContainText(west.title);
      await selectOption(dialog, 'Namespace', 'default');
      await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
      await dialog.getByRole('textbox', { name: 'VLAN ID' }).fill(vlan);
      await selectOption(dialog, 'Cluster network', 'data');
      await dialog.getByRole('button', { name: 'Create', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText(`Network ${name} created`)).toBeVisible();

      const row = rowOf(table, name);
      await expect(row.getByRole('gridcell', { name: vlan })).toBeVisible();
      await expect(row).toContainText('data');
      expect(await created()).toMatchObject({
        vlan: Number(vlan),
        clusterNetwork: 'data',
      });
      await saveScreenshot(page, 'harvester-networks');
    });

    await test.step('an unused network is deleted after confirmation', async () => {
      await deleteRow(table, name, `Delete network ${name}`, `VLAN ${vlan}`);
      await expect(rowOf(table, name)).toHaveCount(0);
      expect(await created()).toBeUndefined();
    });
  } finally {
    await api.deleteQuietly(networkPath);
  }

  expect(errors).toEqual([]);
});
