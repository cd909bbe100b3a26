import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chooseTemplate, saveScreenshot, signInAsGuest } from '../portal';
import {
  forecasting,
  openCatalogEntityOnceIngested,
  startAiOpsTest,
  uniqueName,
} from './aiOps';

test('AI-Ops Scaffolder template: a dataset made from /create has its first version and is in the catalog', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInAsGuest(page);
  const { errors, api } = await startAiOpsTest(page);
  const name = uniqueName('ds');
  const title = `Store sales ${name}`;
  const connection = uniqueName('files');
  const connectionsPath = `/workspaces/${forecasting.name}/connections`;
  const datasetPath = `/workspaces/${forecasting.name}/datasets/${name}`;

  // The e2e backend runs on this machine: it reads the file through a
  // `file` connection to the folder, as a user's own data would be read.
  const folder = mkdtempSync(join(tmpdir(), 'ai-ops-e2e-dataset-'));
  const data =
    'store,day,units,price\n1,2026-01-01,10,2.5\n2,2026-01-01,7,3\n1,2026-01-02,12,2.5\n3,2026-01-02,,4.25\n';
  const file = join(folder, 'sales.csv');
  writeFileSync(file, data);
  const hash = `sha256:${createHash('sha256').update(data).digest('hex')}`;
  await api.call('POST', connectionsPath, {
    name: connection,
    type: 'file',
    config: { directory: folder },
  });

  try {
    await page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'Create', exact: true })
      .click();
    await chooseTemplate(page, 'AI-Ops dataset');

    await test.step('dataset: workspace, name, title, owner and format', async () => {
      await expect(
        page.getByRole('textbox', { name: 'Workspace' }),
      ).toHaveValue(forecasting.name);
      await page.getByRole('textbox', { name: 'Name' }).fill(name);
      await page.getByRole('textbox', { name: 'Title' }).fill(title);
      const owner = page.getByRole('textbox', { name: 'Owner' });
      await owner.click();
      await owner.fill('Data');
      await page
        .getByRole('listbox', { name: 'Owner' })
        .getByRole('option', { name: 'Data Engineering', exact: true })
        .click();
      await expect(owner).toHaveValue('group:default/data-engineering');
      await expect(
        page.getByRole('button', { name: /Format.*CSV with a header line/ }),
      ).toBeVisible();
      await page.getByRole('button', { name: 'Next' }).click();
    });

    await test.step('first version: the file through the connection, then the review', async () => {
      await page
        .getByRole('textbox', { name: 'Data' })
        .fill(pathToFileURL(file).href);
      await page.getByRole('textbox', { name: 'Connection' }).fill(connection);
      await page.getByRole('button', { name: 'Review' }).click();
      await expect(page.getByRole('article')).toContainText(name);
      await expect(page.getByRole('article')).toContainText(connection);
    });

    await test.step('the task registers the dataset and version 1, read for real', async () => {
      await page.getByRole('button', { name: 'Create' }).click();
      const open = page.getByRole('link', { name: 'Open the dataset' });
      await expect(open).toBeVisible({ timeout: 60_000 });
      await expect(open).toHaveAttribute(
        'href',
        new RegExp(`/ai-ops/datasets/${name}\\?workspace=${forecasting.name}$`),
      );
      await saveScreenshot(page, 'ai-ops-dataset-template');

      const dataset = await api.get<Record<string, unknown>>(datasetPath);
      expect(dataset).toMatchObject({
        title,
        owner: 'group:default/data-engineering',
        format: 'csv',
        latestVersion: 1,
        createdBy: 'user:default/guest',
        entityRef: `resource:default/ai-ops-dataset-${forecasting.name}-${name}`,
      });
      expect(await api.get(`${datasetPath}/versions/1`)).toMatchObject({
        version: 1,
        storageUri: pathToFileURL(file).href,
        hash,
        sizeBytes: Buffer.byteLength(data),
        rowCount: 4,
        files: 1,
        schema: [
          { name: 'store', type: 'integer', nullable: false },
          { name: 'day', type: 'timestamp', nullable: false },
          { name: 'units', type: 'integer', nullable: true },
          { name: 'price', type: 'number', nullable: false },
        ],
      });
    });

    await test.step('the catalog lists it with its owner', async () => {
      await openCatalogEntityOnceIngested(page, {
        kind: 'resource',
        name: `ai-ops-dataset-${forecasting.name}-${name}`,
        title,
      });
      await expect(
        page.getByTitle(/^group:default\/data-engineering \|/).first(),
      ).toBeVisible();
      await expect(
        page.getByText('dataset', { exact: true }).first(),
      ).toBeVisible();
    });
  } finally {
    // The connection cannot go while a dataset reads through it.
    await api.deleteQuietly(datasetPath);
    await api.deleteQuietly(`${connectionsPath}/${connection}`);
  }

  expect(errors).toEqual([]);
});
