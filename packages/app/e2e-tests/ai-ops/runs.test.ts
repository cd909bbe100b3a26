import { test, expect } from '@playwright/test';
import { selectOption } from '../portal';
import {
  dailyDemand,
  forecasting,
  openAiOps,
  rowOf,
  startAiOpsTest,
} from './aiOps';

type Run = { id: string; runNumber: number; pipelineName?: string };

test('AI-Ops runs: filtered by pipeline, state and trigger, opened, stopped with a confirmation', async ({
  page,
}) => {
  const { errors, api } = await startAiOpsTest(page);
  const base = `/workspaces/${forecasting.name}`;
  const run = await api.call<Run>(
    'POST',
    `${base}/pipelines/${dailyDemand}/runs`,
    {},
  );
  await openAiOps(page, 'Runs');

  const runs = page.getByRole('region', { name: 'Runs' });
  const name = `${dailyDemand} #${run.runNumber}`;
  await expect(rowOf(runs, name)).toBeVisible();
  await selectOption(runs, 'Trigger', 'api');
  await expect(rowOf(runs, name)).toBeHidden();
  await selectOption(runs, 'Trigger', 'manual');
  await expect(rowOf(runs, name)).toBeVisible();
  await expect(page).toHaveURL(/trigger=manual/);

  await rowOf(runs, name).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  const stop = page.getByRole('button', { name: 'Stop', exact: true });
  if (await stop.isVisible()) {
    await stop.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Running tasks are canceled');
    await dialog.getByRole('button', { name: 'Stop' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole('button', { name: 'Re-run', exact: true }),
    ).toBeVisible({
      timeout: 60_000,
    });
  }
  expect(errors).toEqual([]);
});

test('AI-Ops runs: a run started through the API appears on the open list and changes state, without a reload', async ({
  page,
}) => {
  const { errors, api } = await startAiOpsTest(page);
  const base = `/workspaces/${forecasting.name}`;
  // The runs list's own stream (the home page before it has one too).
  const streamOpen = page.waitForResponse(
    response =>
      response.url().endsWith(`${base}/runs/events`) &&
      page.url().includes('/ai-ops/runs'),
  );
  await openAiOps(page, 'Runs');
  const runs = page.getByRole('region', { name: 'Runs' });
  await streamOpen;
  // Set on this document: a reload would lose it.
  await page.evaluate(() => {
    (window as unknown as { e2eSameDocument: boolean }).e2eSameDocument = true;
  });

  const run = await api.call<Run>(
    'POST',
    `${base}/pipelines/${dailyDemand}/runs`,
    {},
  );
  const row = rowOf(runs, `${dailyDemand} #${run.runNumber}`);
  await expect(row).toContainText('RUNNING');
  await api.call('POST', `${base}/runs/${run.id}/stop`, {});
  await expect(row).toContainText('CANCELED', { timeout: 30_000 });
  expect(
    await page.evaluate(
      () =>
        (window as unknown as { e2eSameDocument?: boolean }).e2eSameDocument,
    ),
  ).toBe(true);
  expect(errors).toEqual([]);
});
