import { test, expect, Page } from '@playwright/test';
import { saveScreenshot, selectOption } from '../portal';
import {
  deleteRow,
  HarvesterTestApi,
  openHarvester,
  rowOf,
  startHarvesterTest,
  uniqueName,
  west,
} from './harvester';

type Image = {
  cluster: string;
  namespace: string;
  name: string;
  displayName: string;
  state: string;
};

/** The west cluster's image named `displayName`, read from the API. */
function imageNamed(api: HarvesterTestApi, displayName: string) {
  const find = () =>
    api.findListed<Image>(
      'images',
      west.name,
      image => image.displayName === displayName,
    );
  const remove = async () => {
    const image = await find();
    if (image) {
      await api.deleteQuietly(
        `/clusters/${image.cluster}/namespaces/${image.namespace}/images/${image.name}`,
      );
    }
  };
  return { find, remove };
}

/** Narrows the image list to `displayName`; its row. */
async function searchImages(page: Page, displayName: string) {
  await page
    .getByRole('searchbox', { name: 'Search images' })
    .fill(displayName);
  return rowOf(page.getByRole('grid', { name: 'Data table' }), displayName);
}

test('Harvester images: an image created from a URL downloads until Active', async ({
  page,
}) => {
  const { errors, api } = await startHarvesterTest(page);
  const displayName = uniqueName('image');
  const url = `https://images.example.com/e2e/${displayName}.qcow2`;
  const { find: created, remove } = imageNamed(api, displayName);

  try {
    await openHarvester(page, 'Images');

    await test.step('the Create dialog asks for where and the URL', async () => {
      await page.getByRole('button', { name: 'Create image' }).click();
      const dialog = page.getByRole('dialog', {
        name: 'Create image from URL',
      });
      await selectOption(dialog, 'Cluster', west.title);
      await selectOption(dialog, 'Namespace', 'default');
      await dialog
        .getByRole('textbox', { name: 'Display name' })
        .fill(displayName);
      await dialog.getByRole('textbox', { name: 'URL' }).fill(url);
      await dialog
        .getByRole('textbox', { name: 'Tags' })
        .fill('os=ubuntu, e2e');
      await dialog.getByRole('button', { name: 'Create', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(
        page.getByText(`Image ${displayName} is being downloaded`),
      ).toBeVisible();
    });

    await test.step('searching by its name finds it; the download progresses to Active', async () => {
      const row = await searchImages(page, displayName);
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(url);
      // The simulated download takes ten seconds, in steps the list follows.
      const progress = row.getByRole('progressbar', {
        name: `Download of ${displayName}`,
      });
      await expect(progress).toBeVisible({ timeout: 15_000 });
      await expect(
        row.getByRole('gridcell', { name: 'Downloading' }),
      ).toBeVisible();
      await saveScreenshot(page, 'harvester-image-downloading');
      await expect(row.getByRole('gridcell', { name: 'Active' })).toBeVisible({
        timeout: 30_000,
      });
      await expect(progress).toBeHidden();
      expect((await created())?.state).toBe('Active');
    });

    await test.step('deleting it removes it from the list', async () => {
      const table = page.getByRole('grid', { name: 'Data table' });
      await deleteRow(table, displayName, `Delete image ${displayName}`);
      await expect(
        page.getByText('No images match these filters.'),
      ).toBeVisible();
      await expect.poll(created, { timeout: 30_000 }).toBeUndefined();
    });
  } finally {
    await remove();
  }

  expect(errors).toEqual([]);
});

test('Harvester images: a file uploaded from the browser becomes Active', async ({
  page,
}) => {
  const { errors, api } = await startHarvesterTest(page);
  const displayName = uniqueName('upload');
  // Longhorn takes sizes in whole 512-byte sectors.
  const file = Buffer.alloc(4 * 2 ** 20, 7);
  const { find: uploaded, remove } = imageNamed(api, displayName);

  try {
    await openHarvester(page, 'Images');

    await test.step('the Upload dialog takes a file, where it goes and its name', async () => {
      await page.getByRole('button', { name: 'Upload image' }).click();
      const dialog = page.getByRole('dialog', { name: 'Upload image' });
      await dialog.getByLabel('Image file').setInputFiles({
        name: `${displayName}.qcow2`,
        mimeType: 'application/octet-stream',
        buffer: file,
      });
      const name = dialog.getByRole('textbox', { name: 'Display name' });
      await expect(name).toHaveValue(`${displayName}.qcow2`);
      await name.fill(displayName);
      await selectOption(dialog, 'Cluster', west.title);
      await selectOption(dialog, 'Namespace', 'default');
      await dialog
        .getByRole('textbox', { name: 'Description' })
        .fill('uploaded by the e2e test');
      await dialog.getByRole('button', { name: 'Upload', exact: true }).click();
      await expect(dialog).toBeHidden({ timeout: 60_000 });
      await expect(
        page.getByText(`Image ${displayName} uploaded`),
      ).toBeVisible();
    });

    await test.step('the list shows it Active, with its size and source', async () => {
      const row = await searchImages(page, displayName);
      await expect(row.getByRole('gridcell', { name: 'Active' })).toBeVisible({
        timeout: 30_000,
      });
      await expect(row).toContainText('4 MiB');
      await expect(row).toContainText('upload');
      await saveScreenshot(page, 'harvester-image-uploaded');
      expect((await uploaded())?.state).toBe('Active');
    });
  } finally {
    await remove();
  }

  expect(errors).toEqual([]);
});
