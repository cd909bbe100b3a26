import { test, expect } from '@playwright/test';
import { chooseTemplate, saveScreenshot, signInAsGuest } from '../portal';
import {
  mlResearch,
  openCatalogEntityOnceIngested,
  startAiOpsTest,
  uniqueName,
} from './aiOps';

test('AI-Ops Scaffolder template: a pipeline made from /create opens in AI-Ops and is in the catalog', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInAsGuest(page);
  const { errors, api } = await startAiOpsTest(page);
  const name = uniqueName('tpl');
  const title = `Shapes ${name}`;
  const pipelinePath = `/workspaces/${mlResearch.name}/pipelines/${name}`;

  try {
    await page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'Create', exact: true })
      .click();
    await chooseTemplate(page, 'AI-Ops pipeline');

    await test.step('pipeline: workspace, name, title and owner', async () => {
      await expect(
        page.getByRole('textbox', { name: 'Workspace' }),
      ).toHaveValue(mlResearch.name);
      await page.getByRole('textbox', { name: 'Name' }).fill(name);
      await page.getByRole('textbox', { name: 'Title' }).fill(title);
      const owner = page.getByRole('textbox', { name: 'Owner' });
      await owner.click();
      await owner.fill('ML');
      await page
        .getByRole('listbox', { name: 'Owner' })
        .getByRole('option', { name: 'ML Platform', exact: true })
        .click();
      await expect(owner).toHaveValue('group:default/ml-platform');
      await page.getByRole('button', { name: 'Next' }).click();
    });

    await test.step('domain: computer vision, then the review', async () => {
      // A select's button reads its label, then its value.
      await page
        .getByRole('button', { name: 'Domain Time series: forecast' })
        .click();
      await page
        .getByRole('option', { name: 'Computer vision: image classifier' })
        .click();
      await page.getByRole('button', { name: 'Review' }).click();
      await expect(page.getByRole('article')).toContainText(name);
      await expect(page.getByRole('article')).toContainText(
        'DomainComputer vision: image classifier',
      );
    });

    await test.step('the task creates the pipeline, which opens in AI-Ops', async () => {
      await page.getByRole('button', { name: 'Create' }).click();
      const open = page.getByRole('link', { name: 'Open the pipeline' });
      await expect(open).toBeVisible({ timeout: 60_000 });
      await expect(open).toHaveAttribute(
        'href',
        new RegExp(`/ai-ops/pipelines/${name}\\?workspace=${mlResearch.name}$`),
      );
      await saveScreenshot(page, 'ai-ops-scaffolder');
      expect(await api.get(pipelinePath)).toMatchObject({
        domain: 'cv',
        owner: 'group:default/ml-platform',
        createdBy: 'user:default/guest',
      });
      // An absolute URL opens in a new tab; this test stays in one.
      await page.goto((await open.getAttribute('href'))!);
      await expect(
        page.getByRole('heading', { name: title, exact: true }),
      ).toBeVisible();
      await expect(
        page.getByText(`${name} · owner group:default/ml-platform`),
      ).toBeVisible();
    });

    await test.step('the catalog lists it with its owner', async () => {
      await openCatalogEntityOnceIngested(page, {
        kind: 'component',
        name: `ai-ops-pipeline-${mlResearch.name}-${name}`,
        title,
      });
      await expect(
        page.getByTitle(/^group:default\/ml-platform \|/).first(),
      ).toBeVisible();
      await expect(page.getByText('ai-pipeline').first()).toBeVisible();
      await expect(
        page.getByRole('link', { name: /Open in AI-Ops/ }),
      ).toHaveAttribute('href', new RegExp(`/ai-ops/pipelines/${name}\\?`));
    });
  } finally {
    await api.deleteQuietly(pipelinePath);
  }

  expect(errors).toEqual([]);
});
