import { test, expect } from '@playwright/test';
import { saveScreenshot, watchConsoleErrors } from '../portal';
import { AuthzTestApi, TestStats, openAccess, uniqueSuffix } from './access';

test('Access dashboard shows the real counts, trend, health and recent changes', async ({
  page,
}) => {
  const errors = watchConsoleErrors(page);
  const api = await AuthzTestApi.asGuest(page.request);
  await api.waitForCatalogSync();
  const suffix = uniqueSuffix();

  // A change of this test's own, so the feed's newest entries are known.
  const role = await api.createRole(`E2E dashboard ${suffix}`);
  await api.send('DELETE', `/roles/${role.id}`);
  const stats = await api.get<TestStats>('/stats');
  // The demo organisation (catalog-info/org) and the seeded model.
  expect(stats.users.total).toBeGreaterThanOrEqual(11);
  expect(stats.groups).toBe(7);
  expect(stats.departments).toBe(6);
  expect(stats.roles.total).toBeGreaterThanOrEqual(3);
  expect(stats.policies.total).toBeGreaterThanOrEqual(5);

  await openAccess(page, 'Dashboard');
  const card = (label: string) => page.getByRole('group', { name: label });

  await test.step('stat cards show the counts the backend has', async () => {
    await expect(card('Users')).toContainText(String(stats.users.total));
    await expect(card('Users')).toContainText(
      `${stats.users.active} active · ${stats.users.disabled} disabled`,
    );
    await expect(card('Groups')).toHaveText('Groups7');
    await expect(card('Departments')).toHaveText('Departments6');
    await expect(card('Roles')).toHaveText(
      `Roles${stats.roles.total}${stats.roles.active} active`,
    );
    await expect(card('Policies')).toHaveText(
      `Policies${stats.policies.total}${stats.policies.active} active`,
    );
    // Signing in and opening this page were decisions of the PDP already.
    await expect(card('Decisions today')).toContainText(/deny rate \d/);
    await expect(card('Decisions today')).not.toContainText('Decisions today0');
  });

  await test.step('the decision trend chart renders and switches period', async () => {
    const decisions = page.getByRole('region', { name: 'Decisions' });
    await expect(
      decisions.getByRole('img', {
        name: /^Decision trend: [1-9]\d* decisions in 2[45] hour buckets$/,
      }),
    ).toBeVisible();
    await expect(
      decisions.locator('svg.recharts-surface').first(),
    ).toBeVisible();
    await decisions.getByRole('radio', { name: 'Last 7 days' }).click();
    await expect(
      decisions.getByRole('img', {
        name: /^Decision trend: [1-9]\d* decisions in [78] day buckets$/,
      }),
    ).toBeVisible();
  });

  await test.step('health shows the database and the PDP ok', async () => {
    const components = page
      .getByRole('region', { name: 'System health' })
      .getByRole('list', { name: 'Components' });
    await expect(components.getByText('Database: ok')).toBeVisible();
    await expect(
      components.getByText('Policy decision point (wasm): ok'),
    ).toBeVisible();
  });

  await test.step('the activity feed lists the latest changes first', async () => {
    const feed = page
      .getByRole('region', { name: 'Recent changes' })
      .getByRole('list', { name: 'Recent changes' });
    const deleted = `guest authz.role.delete ${role.id}`;
    const created = `guest authz.role.create ${role.id}`;
    await expect(feed).toContainText(deleted);
    await expect(feed).toContainText(created);
    // Newest first; other plugins' changes (e.g. the data catalog's demo
    // content) may land in between at any time.
    const entries = await feed.getByRole('listitem').allTextContents();
    expect(entries.findIndex(e => e.includes(created))).toBeGreaterThan(
      entries.findIndex(e => e.includes(deleted)),
    );
    await saveScreenshot(page, 'authz-dashboard');
  });

  await test.step('a quick action creates a role and the count follows', async () => {
    const name = `E2E quick ${suffix}`;
    try {
      await page.getByRole('button', { name: 'Create role' }).click();
      const dialog = page.getByRole('dialog', { name: 'Create role' });
      await dialog
        .getByRole('textbox', { name: 'Name', exact: true })
        .fill(name);
      await dialog.getByRole('button', { name: 'Create' }).click();
      await expect(dialog).toBeHidden();
      await expect(card('Roles')).toHaveText(
        `Roles${stats.roles.total + 1}${stats.roles.active + 1} active`,
      );
    } finally {
      const id = await api.roleIdByName(name);
      if (id) await api.deleteQuietly(`/roles/${id}`);
    }
  });

  expect(errors).toEqual([]);
});
