import { test, expect } from '@playwright/test';
import { saveScreenshot } from '../portal';
import { dailyDemand, openAiOps, rowOf, startAiOpsTest } from './aiOps';

test('AI-Ops run: a demo pipeline started from the UI runs live to SUCCEEDED, with logs', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const { errors } = await startAiOpsTest(page);
  await openAiOps(page, 'Pipelines');
  await rowOf(page, dailyDemand).getByRole('link').first().click();
  await page.getByRole('button', { name: 'Run', exact: true }).click();

  // The run page follows the run over its event stream: no reload.
  await expect(page).toHaveURL(/\/ai-ops\/runs\//);
  const graph = page.getByRole('img', { name: 'Task graph' });
  await expect(graph.locator('[data-node="ingest"]')).toBeVisible();
  await expect(page.getByText(/live: connected/)).toBeVisible();
  await expect(
    graph.locator('[data-node="evaluate"][data-state="SUCCEEDED"]'),
  ).toBeVisible({
    timeout: 180_000,
  });
  await expect(
    page.locator('[data-tone="success"]', { hasText: 'SUCCEEDED' }).first(),
  ).toBeVisible();
  await saveScreenshot(page, 'ai-ops-run-succeeded');

  await graph.locator('[data-node="train"]').click();
  await expect(page.getByLabel('Log of train')).not.toHaveText(
    'No output yet.',
  );

  await page.getByRole('tab', { name: 'Artifacts' }).click();
  await expect(
    page.getByRole('button', { name: /^Download / }).first(),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'Cost & usage' }).click();
  await expect(page.getByRole('group', { name: 'CPU seconds' })).toBeVisible();
  expect(errors).toEqual([]);
});
