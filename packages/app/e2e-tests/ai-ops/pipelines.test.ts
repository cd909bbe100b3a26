import { test, expect } from '@playwright/test';
import { saveScreenshot } from '../portal';
import { dailyDemand, openAiOps, rowOf, startAiOpsTest } from './aiOps';

test('AI-Ops pipelines: search, the DAG, the editor refusing an invalid config, history', async ({
  page,
}) => {
  const { errors } = await startAiOpsTest(page);
  await openAiOps(page, 'Pipelines');

  await page
    .getByRole('searchbox', { name: 'Search pipelines' })
    .fill('demand');
  await rowOf(page, dailyDemand).getByRole('link').first().click();

  const graph = page.getByRole('img', { name: 'Pipeline graph' });
  await expect(graph).toBeVisible();
  for (const node of ['ingest', 'window', 'train', 'evaluate']) {
    await expect(graph.locator(`[data-node="${node}"]`)).toBeVisible();
  }
  await saveScreenshot(page, 'ai-ops-pipeline-graph');

  await page.getByRole('tab', { name: 'Edit' }).click();
  await page
    .getByRole('img', { name: 'Pipeline editor graph' })
    .locator('[data-node="train"]')
    .click();
  const epochs = page.getByRole('textbox', { name: /^epochs/ });
  await epochs.fill('many');
  await expect(page.getByRole('list', { name: 'Graph issues' })).toContainText(
    'graph.nodes[train].config.epochs',
  );
  await page
    .getByRole('textbox', { name: /Change message/ })
    .fill('Too many epochs');
  await page.getByRole('button', { name: 'Save version' }).click();
  // The server's 400 names node and field.
  await expect(page.getByRole('alert')).toContainText(
    'graph.nodes[train].config.epochs',
  );

  await page.getByRole('tab', { name: 'Versions' }).click();
  await expect(rowOf(page, 'v1')).toBeVisible();
  expect(errors.filter(e => !/400/.test(e))).toEqual([]);
});
