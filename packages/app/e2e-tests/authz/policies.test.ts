import { Locator, Page, test, expect } from '@playwright/test';
import { saveScreenshot, watchConsoleErrors } from '../portal';
import { AuthzTestApi, dataRows, openAccess, uniqueSuffix } from './access';

const permission = 'harvester.vm.operate';

const documentWith = (effect: string) =>
  JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'OperateVms',
          Effect: effect,
          Action: permission,
          Resource: '*',
        },
      ],
    },
    null,
    2,
  );

/** Fills a dry-run form (the page's or the editor's) and runs it. */
async function dryRun(page: Page, form: Locator, userRef: string) {
  await form.getByRole('textbox', { name: 'User', exact: true }).fill(userRef);
  const permissionBox = form.getByRole('combobox', { name: 'Permission' });
  await permissionBox.fill(permission);
  // Leave the field so its suggestions close; the typed name is kept.
  await permissionBox.press('Tab');
  await expect(permissionBox).toHaveValue(permission);
  await form.getByRole('button', { name: 'Run dry run' }).click();
  const result = form.getByRole('region', { name: 'Dry run result' });
  await expect(result).toContainText(`Decision`);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  return result;
}

test('Access policies: editor validation, versions, dry run and the draft’s impact', async ({
  page,
}) => {
  const errors = watchConsoleErrors(page);
  const api = await AuthzTestApi.asGuest(page.request);
  await api.waitForCatalogSync();
  const name = `e2e-policy-${uniqueSuffix()}`;

  try {
    await openAccess(page, 'Policies');
    const table = page
      .getByRole('region', { name: 'Policies' })
      .getByRole('grid');
    await expect(dataRows(table).first()).toBeVisible();

    await page.getByRole('button', { name: 'Create policy' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create policy' });
    const editor = dialog.getByRole('textbox', { name: 'Policy document' });
    const problems = dialog.getByRole('list', { name: 'Problems' });
    const create = dialog.getByRole('button', { name: 'Create', exact: true });

    await test.step('the editor lists the problems of an invalid document by JSON path', async () => {
      await dialog
        .getByRole('textbox', { name: 'Name', exact: true })
        .fill(name);
      await editor.fill('{ "Version": "2012-10-17", "Statement": [');
      await expect(problems).toContainText('(document): not valid JSON');
      await expect(editor).toHaveAttribute('aria-invalid', 'true');

      await editor.fill(documentWith('Maybe'));
      await expect(problems.getByRole('listitem')).toHaveCount(1);
      await expect(problems.getByRole('listitem')).toContainText(
        'Statement[0].Effect:',
      );
      await expect(create).toBeDisabled();
      await saveScreenshot(page, 'authz-policies-editor');

      await editor.fill(documentWith('Allow'));
      await expect(problems).toHaveCount(0);
      await expect(dialog.getByText('Valid policy document')).toBeVisible();
      await expect(create).toBeEnabled();
    });

    await test.step('a dry run of the draft shows what it would change', async () => {
      await dialog.getByRole('button', { name: 'Dry run this draft' }).click();
      await expect(
        dialog.getByRole('switch', { name: 'Test the draft in the editor' }),
      ).toBeChecked();
      // Attached to the role everyone holds, the draft would let anyone operate VMs.
      await dialog
        .getByRole('button', { name: /Draft attached to roles/ })
        .click();
      await page
        .getByRole('option', { name: 'Portal Reader', exact: true })
        .click();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeVisible();

      const result = await dryRun(page, dialog, 'user:default/frank.han');
      const now = result.getByRole('region', { name: 'Current policies' });
      const withDraft = result.getByRole('region', { name: 'With the draft' });
      await expect(now).toContainText('DENY');
      await expect(withDraft).toContainText('ALLOW');
      await expect(withDraft).toContainText(
        'allowed by policy "Draft policy" statement OperateVms (role Portal Reader)',
      );
      await expect(result).toContainText('The draft changes this outcome');

      await dialog.getByRole('button', { name: 'What would change' }).click();
      const impact = dialog.getByRole('region', { name: 'What would change' });
      await expect(impact).toContainText(
        /\d+ of \d+ evaluated outcomes would change/,
      );
      const frank = impact.getByRole('row', {
        name: /user:default\/frank\.han/,
      });
      await expect(frank).toContainText(permission);
      await expect(frank.getByRole('gridcell', { name: 'DENY' })).toBeVisible();
      await expect(
        frank.getByRole('gridcell', { name: 'ALLOW' }),
      ).toBeVisible();
      // Finance stays denied by DenyFinanceToInfra; administrators were allowed.
      await expect(impact).not.toContainText('user:default/jack.oh');
      await expect(impact).not.toContainText('user:default/alice.kim');
      await impact.scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'authz-policies-draft');
    });

    await test.step('saving creates version 1 of the policy', async () => {
      await create.click();
      await expect(dialog).toBeHidden();
      await page.getByRole('searchbox', { name: 'Search policies' }).fill(name);
      await expect(dataRows(table)).toHaveCount(1);
      const row = dataRows(table).first();
      await expect(row.getByRole('gridcell', { name: 'v1' })).toBeVisible();
      await expect(row.getByRole('gridcell', { name: 'active' })).toBeVisible();

      await row.getByRole('rowheader').click();
      const panel = page.getByRole('complementary', { name: 'Policy details' });
      await expect(panel.getByRole('heading', { name })).toBeVisible();
      await expect(panel).toContainText('v1');
      await expect(panel).toContainText('Not attached to any role');
      await expect(
        panel.getByRole('region', { name: 'Document' }),
      ).toContainText(`"Action": "${permission}"`);
      await panel.getByRole('button', { name: 'Versions' }).click();
      const versions = page.getByRole('dialog', {
        name: `Versions of ${name}`,
      });
      await expect(dataRows(versions.getByRole('grid'))).toHaveCount(1);
      await expect(
        versions.getByRole('rowheader', { name: 'v1' }),
      ).toBeVisible();
      await versions.getByText('Close', { exact: true }).click();
      await expect(versions).toBeHidden();
    });

    const form = page.getByRole('region', { name: 'Dry run' });

    await test.step('a dry run denies a user no policy allows', async () => {
      const result = await dryRun(page, form, 'user:default/frank.han');
      const now = result.getByRole('region', { name: 'Current policies' });
      await expect(now).toContainText('DENY');
      await expect(now).toContainText(
        `no policy allows ${permission} for user:default/frank.han`,
      );
    });

    await test.step('a dry run allows an administrator, naming the policy', async () => {
      const result = await dryRun(page, form, 'user:default/alice.kim');
      const now = result.getByRole('region', { name: 'Current policies' });
      await expect(now).toContainText('ALLOW');
      await expect(now).toContainText(
        `${permission} allowed by policy "AdministratorAccess"`,
      );
      await expect(
        now.getByRole('rowheader', { name: 'AdministratorAccess' }),
      ).toBeVisible();
      await saveScreenshot(page, 'authz-policies');
    });
  } finally {
    const found = await api.get<{ items: { id: string; name: string }[] }>(
      `/policies?q=${encodeURIComponent(name)}`,
    );
    for (const policy of found.items.filter(p => p.name === name)) {
      await api.deleteQuietly(`/policies/${policy.id}`);
    }
  }

  expect(errors).toEqual([]);
});
