import { test, expect } from '@playwright/test';
import { saveScreenshot } from '../portal';
import { forecasting, mlResearch, openAiOps, startAiOpsTest } from './aiOps';

test('AI-Ops home: stat cards, recent runs, usage and cost of the picked workspace', async ({
  page,
}) => {
  const { errors, api } = await startAiOpsTest(page);
  const stats = await api.get<{ activeRuns: number; runsLast24h: number }>(
    `/workspaces/${forecasting.name}/stats`,
  );
  await openAiOps(page, 'Home');

  await expect(
    page.getByRole('heading', { name: 'Welcome to Forecasting' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'New Pipeline' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Runs (24h)' })).toContainText(
    String(stats.runsLast24h),
  );
  for (const name of ['Active runs', 'Success rate', 'Cost this month']) {
    await expect(page.getByRole('group', { name })).toBeVisible();
  }
  for (const name of ['GPU', 'Memory', 'Storage']) {
    await expect(page.getByRole('meter', { name })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Recent runs' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Monthly cost' }),
  ).toBeVisible();
  await saveScreenshot(page, 'ai-ops-home');

  // The picker switches every page and is remembered for the user.
  await page.getByRole('button', { name: /Workspace$/ }).click();
  await page
    .getByRole('option', { name: mlResearch.title, exact: true })
    .click();
  await expect(
    page.getByRole('heading', { name: `Welcome to ${mlResearch.title}` }),
  ).toBeVisible();
  await expect
    .poll(
      async () =>
        (
          await api.get<{ workspace?: { name: string } }>('/me/workspace')
        ).workspace?.name,
    )
    .toBe(mlResearch.name);
  expect(errors).toEqual([]);
});
