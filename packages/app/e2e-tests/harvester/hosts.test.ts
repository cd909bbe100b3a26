import { test, expect } from '@playwright/test';
import { saveScreenshot } from '../portal';
import { east, openHarvester, rowOf, startHarvesterTest } from './harvester';

type Host = {
  cluster: string;
  name: string;
  state: string;
  readiness: { grade: string; unmet: string[] };
};

/** The demo host kept below Harvester's minimum (a 4-core witness). */
const witness = 'east-witness-1';
const hostPath = `/clusters/${east.name}/hosts/${witness}`;

test('Harvester hosts: readiness grades with unmet items, a host page, cordon and uncordon', async ({
  page,
}) => {
  const { errors, api } = await startHarvesterTest(page);
  const host = await api.get<Host>(hostPath);
  expect(host.readiness.grade).toBe('below');
  expect(host.readiness.unmet.length).toBeGreaterThan(0);
  // A cordon left by an interrupted run would change what the page offers.
  if (host.state === 'Cordoned') await api.call('POST', `${hostPath}/uncordon`);

  try {
    const table = await openHarvester(page, 'Hosts');

    await test.step('each host is graded against the hardware requirements', async () => {
      await expect(
        rowOf(table, 'east-mgmt-1').getByRole('note', {
          name: 'Readiness: Production ready. All requirements met',
        }),
      ).toBeVisible();
      await expect(
        rowOf(table, 'east-worker-1').getByRole('note', {
          name: /^Readiness: Test only\. Unmet: /,
        }),
      ).toBeVisible();
      const below = rowOf(table, witness).getByRole('note', {
        name: `Readiness: Below minimum. Unmet: ${host.readiness.unmet.join(
          '; ',
        )}`,
      });
      await expect(below).toHaveText('Below minimum');
      await expect(
        rowOf(table, witness).getByRole('meter', { name: `CPU of ${witness}` }),
      ).toBeVisible();
    });

    await test.step('the state filter narrows the list', async () => {
      await page.getByRole('button', { name: /State$/ }).click();
      await page.getByRole('option', { name: 'Cordoned', exact: true }).click();
      await expect(page).toHaveURL(/state=Cordoned/);
      await expect(
        page.getByText('No hosts match these filters.'),
      ).toBeVisible();
      await page.getByRole('button', { name: /State$/ }).click();
      await page
        .getByRole('option', { name: 'All states', exact: true })
        .click();
      await expect(rowOf(table, witness)).toBeVisible();
    });

    await test.step('the host page lists each unmet requirement', async () => {
      await rowOf(table, witness).getByRole('link', { name: witness }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: witness }),
      ).toBeVisible();
      const readiness = page.getByRole('region', {
        name: 'Hardware readiness',
      });
      await expect(
        rowOf(readiness, 'CPU').getByRole('gridcell', { name: 'below' }),
      ).toBeVisible();
      await expect(rowOf(readiness, 'CPU')).toContainText('4 cores');
      await expect(
        page.getByRole('region', { name: 'Overview' }),
      ).toContainText(`Cluster${east.name}`);
      await saveScreenshot(page, 'harvester-host');
    });

    await test.step('cordon: no new VMs, the state says so', async () => {
      await page.getByRole('button', { name: 'Cordon', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: `Cordon ${witness}` });
      await expect(dialog).toContainText('No new VMs will be scheduled');
      await dialog.getByRole('button', { name: 'Cordon' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText(`${witness} cordoned`)).toBeVisible();
      await expect(
        page.getByRole('button', { name: 'Uncordon', exact: true }),
      ).toBeVisible();
      await expect(page.getByText('Cordoned', { exact: true })).toBeVisible();
      expect((await api.get<Host>(hostPath)).state).toBe('Cordoned');
    });

    await test.step('uncordon: the host is active again', async () => {
      await page.getByRole('button', { name: 'Uncordon', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: `Uncordon ${witness}` });
      await dialog.getByRole('button', { name: 'Uncordon' }).click();
      await expect(dialog).toBeHidden();
      await expect(
        page.getByRole('button', { name: 'Cordon', exact: true }),
      ).toBeVisible();
      await expect(page.getByText('Active', { exact: true })).toBeVisible();
      expect((await api.get<Host>(hostPath)).state).toBe('Active');
    });
  } finally {
    const after = await api.get<Host>(hostPath);
    if (after.state === 'Cordoned') {
      await api.call('POST', `${hostPath}/uncordon`);
    }
  }

  expect(errors).toEqual([]);
});
