import { test, expect } from '@playwright/test';
import { saveScreenshot, signInAsGuest, watchConsoleErrors } from './portal';

test('home page shows the signed-in user and the platform areas', async ({
  page,
}) => {
  const errors = watchConsoleErrors(page);
  await signInAsGuest(page);

  await expect(page.getByTestId('signed-in-user')).toHaveText(
    'Welcome, Guest User',
  );
  await expect(page.getByText('user:default/guest').first()).toBeVisible();
  const areas = page.getByTestId('platform-areas');
  for (const title of ['Harvester', 'Data Catalog', 'Access', 'AI-Ops']) {
    await expect(
      areas.getByText(title, { exact: false }).first(),
    ).toBeVisible();
  }
  await saveScreenshot(page, 'home');
  expect(errors).toEqual([]);
});
