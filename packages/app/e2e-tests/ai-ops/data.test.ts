import { test, expect } from '@playwright/test';
import { unexpectedErrors } from '../data-catalog/dataCatalog';
import { openAiOps, rowOf, startAiOpsTest, uniqueName } from './aiOps';

test('AI-Ops data: a connection created with a secret reference is tested', async ({
  page,
}) => {
  const { errors, api } = await startAiOpsTest(page);
  const name = uniqueName('conn');
  await openAiOps(page, 'Data');
  await expect(page.getByRole('region', { name: 'Datasets' })).toBeVisible();

  await page.getByRole('tab', { name: 'Connections' }).click();
  await page.getByRole('button', { name: 'New connection' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /^Name/ }).fill(name);
  await dialog
    .getByRole('textbox', { name: /^Settings/ })
    .fill('{"directory": "/tmp"}');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();

  const row = rowOf(page, name);
  await expect(row).toContainText('untested');
  await row.getByRole('button', { name: `Test ${name}` }).click();
  await expect(row).toContainText('ok');
  await api.deleteQuietly(`/workspaces/forecasting/connections/${name}`);
  expect(errors).toEqual([]);
});

test('AI-Ops data: a dataset and its connection are edited, then deleted in order', async ({
  page,
}) => {
  const { errors, api } = await startAiOpsTest(page);
  const connectionName = uniqueName('conn');
  const datasetName = uniqueName('ds');
  const BASE = '/workspaces/forecasting';
  const connection = await api.call<{ id: string }>(
    'POST',
    `${BASE}/connections`,
    { name: connectionName, type: 'file', config: { directory: '/tmp' } },
  );
  await api.call('POST', `${BASE}/datasets`, {
    name: datasetName,
    format: 'csv',
    connectionId: connection.id,
  });
  await openAiOps(page, 'Data');

  // Changed settings are tested on save.
  await page.getByRole('tab', { name: 'Connections' }).click();
  const connectionRow = rowOf(page, connectionName);
  await connectionRow
    .getByRole('button', { name: `Edit ${connectionName}` })
    .click();
  const edit = page.getByRole('dialog', { name: `Edit ${connectionName}` });
  await edit
    .getByRole('textbox', { name: /^Settings/ })
    .fill('{"directory": "/var/tmp"}');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(connectionRow).toContainText('ok');

  // The server refuses while the dataset reads through it.
  await connectionRow
    .getByRole('button', { name: `Delete ${connectionName}` })
    .click();
  const refused = page.getByRole('dialog', {
    name: `Delete connection ${connectionName}?`,
  });
  await expect(refused).toContainText(
    `Datasets ${datasetName} read through it`,
  );
  await refused.getByRole('button', { name: 'Delete' }).click();
  await expect(refused.getByRole('alert')).toContainText(
    `is used by datasets ${datasetName}`,
  );
  await refused.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('tab', { name: 'Datasets' }).click();
  await page.getByRole('link', { name: datasetName }).click();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const editDataset = page.getByRole('dialog', { name: `Edit ${datasetName}` });
  await editDataset.getByRole('textbox', { name: /^Title/ }).fill('E2E sales');
  await editDataset.getByRole('textbox', { name: /^Tags/ }).fill('e2e, daily');
  await editDataset.getByRole('button', { name: 'Save' }).click();
  await expect(editDataset).toBeHidden();
  await expect(page.getByRole('heading', { name: 'E2E sales' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const deleteDataset = page.getByRole('dialog', {
    name: `Delete dataset ${datasetName}?`,
  });
  await expect(deleteDataset).toContainText('Its 0 versions');
  await deleteDataset.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('region', { name: 'Datasets' })).toBeVisible();
  await expect(page.getByRole('link', { name: datasetName })).toHaveCount(0);

  await page.getByRole('tab', { name: 'Connections' }).click();
  await connectionRow
    .getByRole('button', { name: `Delete ${connectionName}` })
    .click();
  const deleteConnection = page.getByRole('dialog', {
    name: `Delete connection ${connectionName}?`,
  });
  await expect(deleteConnection).toContainText('No dataset reads through it');
  await deleteConnection.getByRole('button', { name: 'Delete' }).click();
  await expect(deleteConnection).toBeHidden();
  await expect(connectionRow).toHaveCount(0);

  await api.deleteQuietly(`${BASE}/datasets/${datasetName}`);
  await api.deleteQuietly(`${BASE}/connections/${connectionName}`);
  // The refused delete's 409 was provoked on purpose.
  expect(unexpectedErrors(errors, 409)).toEqual([]);
});
