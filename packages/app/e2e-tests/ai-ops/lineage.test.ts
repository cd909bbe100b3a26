import { test, expect } from '@playwright/test';
import { saveScreenshot } from '../portal';
import { openAiOps, rowOf, startAiOpsTest } from './aiOps';

/** forecasting's demo pipeline: demand-history@1 → validate → demand-curated. */
const demandCuration = 'demand-curation';

test('AI-Ops lineage: a run reading demand-history@1 shows the version it read and the version it published', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const { errors } = await startAiOpsTest(page);
  await openAiOps(page, 'Pipelines');
  await rowOf(page, demandCuration).getByRole('link').first().click();
  await page.getByRole('button', { name: 'Run', exact: true }).click();

  await expect(page).toHaveURL(/\/ai-ops\/runs\//);
  const graph = page.getByRole('img', { name: 'Task graph' });
  await expect(
    graph.locator('[data-node="publish"][data-state="SUCCEEDED"]'),
  ).toBeVisible({ timeout: 180_000 });

  // Inputs → run → outputs, once the backend registered the output.
  const lineage = page.getByRole('region', { name: 'Lineage' });
  await expect(
    lineage.getByRole('link', { name: 'demand-history v1' }),
  ).toBeVisible();
  const output = lineage.getByRole('link', { name: /^demand-curated v\d+$/ });
  await expect(output).toBeVisible({ timeout: 30_000 });
  const runId = /\/runs\/([^/?]+)/.exec(page.url())![1];
  await saveScreenshot(page, 'ai-ops-run-lineage');

  // The new version's page names the run that produced it.
  const version = (await output.textContent())!.replace(/^.* v/, '');
  await output.click();
  await expect(page).toHaveURL(
    new RegExp(`/datasets/demand-curated\\?.*version=${version}`),
  );
  const runs = page.getByRole('region', { name: `Runs of v${version}` });
  await expect(runs).toContainText(/Produced by run demand-curation #\d+/);
  await expect(
    runs.getByRole('link', { name: /^demand-curation #\d+$/ }),
  ).toHaveAttribute('href', new RegExp(`/runs/${runId}`));
  const versions = page.getByRole('region', { name: 'Versions' });
  await expect(rowOf(versions, `v${version}`)).toContainText('120');
  expect(errors).toEqual([]);
});
