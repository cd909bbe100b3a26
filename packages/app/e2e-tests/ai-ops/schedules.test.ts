import { test, expect } from '@playwright/test';
import {
  openAiOps,
  rowOf,
  selectOption,
  startAiOpsTest,
  uniqueName,
} from './aiOps';

type Schedule = { id: string; name: string; pipelineId: string };

test('AI-Ops schedules: created with cron and zone, next fire times, disabled', async ({
  page,
}) => {
  const { errors, api } = await startAiOpsTest(page);
  const name = uniqueName('sched');
  await openAiOps(page, 'Schedules');

  await page.getByRole('button', { name: 'New schedule' }).click();
  const dialog = page.getByRole('dialog', { name: 'New schedule' });
  await dialog.getByRole('textbox', { name: /^Name/ }).fill(name);
  await dialog.getByRole('textbox', { name: /^Cron/ }).fill('30 4 * * 1');
  await dialog
    .getByRole('textbox', { name: /^Time zone/ })
    .fill('Europe/Berlin');
  await selectOption(dialog, 'Catch-up', 'latest');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();

  const row = rowOf(page, name);
  await expect(row).toContainText('30 4 * * 1');
  await expect(row).toContainText('Europe/Berlin');
  await expect(row).toContainText('latest · max 1');
  const enabled = row.getByRole('switch', { name: `Enable ${name}` });
  await expect(enabled).toBeChecked();
  // The switch's input is visually hidden under its indicator.
  await enabled.click({ force: true });
  await expect(enabled).not.toBeChecked();
  await expect(row).toContainText('disabled');

  const { items } = await api.get<{ items: Schedule[] }>(
    '/workspaces/forecasting/schedules',
  );
  const created = items.find(s => s.name === name);
  if (created) {
    await api.deleteQuietly(
      `/workspaces/forecasting/pipelines/${created.pipelineId}/schedules/${created.id}`,
    );
  }
  expect(errors).toEqual([]);
});
