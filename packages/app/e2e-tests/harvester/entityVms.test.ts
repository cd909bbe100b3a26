import { test, expect } from '@playwright/test';
import { saveScreenshot, signInAsGuest } from '../portal';
import { east, rowOf, startHarvesterTest, TestPage, TestVm } from './harvester';

/**
 * catalog-info/workloads.yaml: the GitLab runners component names its VMs
 * with `platform-portal.dev/harvester-selector:
 * demo-east/platform?tag.harvesterhci.io/app=gitlab`.
 */
const label = 'tag.harvesterhci.io/app=gitlab';

test('Harvester entity tab: a component shows the VMs its selector names', async ({
  page,
}) => {
  const { errors, api } = await startHarvesterTest(page);
  const selected = await api.get<TestPage<TestVm>>(
    `/vms?cluster=${east.name}&namespace=platform&label=${encodeURIComponent(
      label,
    )}`,
  );
  const names = selected.items.map(vm => vm.name).sort();
  expect(names).toEqual(['gitlab-runner-1', 'gitlab-runner-2']);

  await signInAsGuest(page);
  await page.goto('/catalog/default/component/gitlab-runners');
  await expect(
    page.getByRole('heading', { name: 'GitLab runners' }),
  ).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Content navigation' })
    .getByRole('link', { name: 'Virtual Machines' })
    .click();
  await expect(page).toHaveURL(
    /\/catalog\/default\/component\/gitlab-runners\/virtual-machines$/,
  );

  await expect(
    page.getByText(`VMs in ${east.name}/platform labelled ${label}`),
  ).toBeVisible();
  const table = page.getByRole('grid', { name: 'Data table' });
  await expect(table.getByRole('rowheader')).toHaveCount(names.length);
  for (const name of names) {
    await expect(
      rowOf(table, name).getByRole('link', { name, exact: true }),
    ).toHaveAttribute('href', `/harvester/vms/${east.name}/platform/${name}`);
  }
  // The platform namespace's other VM carries another app tag.
  await expect(rowOf(table, 'monitoring-gw')).toHaveCount(0);
  await saveScreenshot(page, 'harvester-entity-vms');

  await rowOf(table, 'gitlab-runner-1')
    .getByRole('link', { name: 'gitlab-runner-1', exact: true })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'gitlab-runner-1' }),
  ).toBeVisible();

  expect(errors).toEqual([]);
});
