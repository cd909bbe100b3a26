import { test, expect, Page } from '@playwright/test';
import { chooseTemplate, saveScreenshot, signInAsGuest } from '../portal';
import {
  east,
  ObjectRef,
  startHarvesterTest,
  ubuntuImage,
  uniqueName,
} from './harvester';

/**
 * Picks the entity titled `option` in a Scaffolder autocomplete
 * (EntityPicker, OwnerPicker); the field then holds its `ref`.
 */
async function pickEntity(
  page: Page,
  field: string,
  option: string,
  ref: string,
) {
  const input = page.getByRole('textbox', { name: field });
  await input.click();
  await input.fill(option.split(' ')[0]);
  await page
    .getByRole('listbox', { name: field })
    .getByRole('option', { name: option, exact: true })
    .click();
  await expect(input).toHaveValue(ref);
}

test('Harvester Scaffolder template: a VM made from /create opens on its page', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { errors, api } = await startHarvesterTest(page);
  const vm: ObjectRef = {
    cluster: east.name,
    namespace: 'default',
    name: uniqueName('tpl'),
  };

  try {
    await signInAsGuest(page);
    await page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'Create', exact: true })
      .click();
    await chooseTemplate(page, 'Harvester virtual machine');

    await test.step('where: a cluster from the catalog, the name and owner', async () => {
      // The cluster entities come from the Harvester entity provider, which
      // reads soon after the backend starts (catalog.providers.harvester).
      await expect(async () => {
        await page.reload();
        await pickEntity(
          page,
          'Cluster',
          east.title,
          `resource:default/${east.name}`,
        );
      }).toPass({ timeout: 90_000 });
      await expect(
        page.getByRole('textbox', { name: 'Namespace' }),
      ).toHaveValue(vm.namespace);
      await page.getByRole('textbox', { name: 'VM name' }).fill(vm.name);
      await pickEntity(
        page,
        'Owner',
        'Platform Team',
        'group:default/platform-team',
      );
      await page.getByRole('button', { name: 'Next' }).click();
    });

    await test.step('what: an image of the demo seed, small', async () => {
      await expect(
        page.getByText('<namespace>/<name>, e.g. default/ubuntu-22.04'),
      ).toBeVisible();
      await page.getByRole('textbox', { name: 'Image' }).fill(ubuntuImage.ref);
      await page.getByRole('spinbutton', { name: 'CPU cores' }).fill('1');
      await page.getByRole('button', { name: 'Next' }).click();
    });

    await test.step('access: the defaults, then the review', async () => {
      await expect(page.getByRole('textbox', { name: 'Network' })).toHaveValue(
        'pod',
      );
      await expect(
        page.getByRole('checkbox', { name: 'Start the VM when created' }),
      ).toBeChecked();
      await page.getByRole('button', { name: 'Review' }).click();
      await expect(page.getByRole('article')).toContainText(vm.name);
      await expect(page.getByRole('article')).toContainText(ubuntuImage.ref);
    });

    await test.step('the task creates the VM and links to its page', async () => {
      await page.getByRole('button', { name: 'Create' }).click();
      const open = page.getByRole('link', { name: 'Open the VM' });
      await expect(open).toBeVisible({ timeout: 60_000 });
      await expect(open).toHaveAttribute(
        'href',
        `/harvester/vms/${vm.cluster}/${vm.namespace}/${vm.name}`,
      );
      await saveScreenshot(page, 'harvester-scaffolder');
      await open.click();
      await expect(
        page.getByRole('heading', { level: 1, name: vm.name }),
      ).toBeVisible();
      await expect(
        page.getByRole('tabpanel', { name: 'Overview' }),
      ).toContainText('Ownerplatform-team');
      expect(await api.findVm(vm)).toMatchObject({ name: vm.name });
    });
  } finally {
    await api.deleteVmQuietly(vm);
  }

  expect(errors).toEqual([]);
});
