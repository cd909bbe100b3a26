import { test, expect } from '@playwright/test';
import { selectOption } from '../portal';
import {
  dailyDemand,
  forecasting,
  openAiOps,
  rowOf,
  startAiOpsTest,
  uniqueName,
} from './aiOps';

type Run = { id: string; runNumber: number; trigger: string };

test('AI-Ops API keys: created in the UI, start a run without a token, revoked', async ({
  page,
  playwright,
  baseURL,
}) => {
  const { errors, api } = await startAiOpsTest(page);
  const name = uniqueName('key');
  await openAiOps(page, 'Settings', forecasting);

  const keys = page.getByRole('region', { name: 'API keys' });
  await keys.getByRole('button', { name: 'New API key' }).click();
  let dialog = page.getByRole('dialog', { name: 'New API key' });
  await dialog.getByRole('textbox', { name: /^Name/ }).fill(name);
  await dialog.getByRole('button', { name: 'Create' }).click();
  dialog = page.getByRole('dialog', { name: `API key ${name}` });
  await expect(dialog).toContainText('shown only this once');
  const key = (await dialog.getByLabel('New API key').textContent())!;
  expect(key).toMatch(/^aiops_[0-9a-f]{16}_[\w-]{43}$/);
  await dialog.getByRole('button', { name: 'Done' }).click();
  const row = rowOf(keys, name);
  await expect(row).toContainText(
    `aiops_${key.split('_')[1]}…${key.slice(-4)}`,
  );

  // A CI job: no cookie, no Backstage token, only the key.
  const ci = await playwright.request.newContext({ baseURL });
  const path = `/api/ai-ops/v1/workspaces/${forecasting.name}`;
  const startRun = () =>
    ci.post(`${path}/pipelines/${dailyDemand}/runs`, {
      headers: { 'X-AI-Ops-Key': key },
      data: {},
    });
  const started = await startRun();
  expect(started.status(), await started.text()).toBe(201);
  const run = (await started.json()) as Run;
  expect(run.trigger).toBe('api');
  const read = await ci.get(`${path}/runs/${run.id}`, {
    headers: { 'X-AI-Ops-Key': key },
  });
  expect(read.status()).toBe(200);
  await api.call(
    'POST',
    `/workspaces/${forecasting.name}/runs/${run.id}/stop`,
    {},
  );

  await page
    .getByRole('tablist', { name: 'Toolbar tabs' })
    .getByRole('tab', { name: 'Runs', exact: true })
    .click();
  const runs = page.getByRole('region', { name: 'Runs' });
  await selectOption(runs, 'Trigger', 'api');
  await expect(rowOf(runs, `${dailyDemand} #${run.runNumber}`)).toBeVisible();

  await page
    .getByRole('tablist', { name: 'Toolbar tabs' })
    .getByRole('tab', { name: 'Settings', exact: true })
    .click();
  await rowOf(keys, name)
    .getByRole('button', { name: `Revoke ${name}` })
    .click();
  dialog = page.getByRole('dialog', { name: `Revoke ${name}?` });
  await dialog.getByRole('button', { name: 'Revoke' }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(keys, name)).toContainText('Revoked by');

  const refused = await startRun();
  expect(refused.status()).toBe(401);
  expect(await refused.text()).toContain('has been revoked');
  await ci.dispose();
  expect(errors).toEqual([]);
});
