import { test, expect } from '@playwright/test';
import { selectOption } from '../portal';
import {
  dailyDemand,
  openAiOps,
  rowOf,
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

test('AI-Ops schedules: fired now, the fire in its history, then deleted', async ({
  page,
}) => {
  const { errors, api } = await startAiOpsTest(page);
  const name = uniqueName('fire');
  const pipeline = await api.get<{ id: string }>(
    `/workspaces/forecasting/pipelines/${dailyDemand}`,
  );
  const SCHEDULES = `/workspaces/forecasting/pipelines/${pipeline.id}/schedules`;
  const created = await api.call<Schedule>('POST', SCHEDULES, {
    name,
    cron: '0 3 * * *',
    timezone: 'Asia/Seoul',
  });
  await openAiOps(page, 'Schedules');

  const row = rowOf(page, name);
  await row.getByRole('button', { name: `Fire now ${name}` }).click();
  const history = page.getByRole('region', { name: `Fires of ${name}` });
  const fire = history.getByRole('row').nth(1);
  await expect(fire).toContainText('started');
  // The scheduled time reads in the schedule's zone.
  await expect(fire).toContainText('GMT+9');
  // Fired by the guest, by hand.
  await expect(fire).toContainText(/user:[a-z]+\/guest/);
  await expect(fire.getByRole('link', { name: 'Open run' })).toBeVisible();
  await expect(history).toContainText('1–1 of 1');

  await row.getByRole('button', { name: `Delete ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Delete schedule ${name}?` });
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveCount(0);
  await expect(history).toBeHidden();

  await api.deleteQuietly(`${SCHEDULES}/${created.id}`);
  expect(errors).toEqual([]);
});
