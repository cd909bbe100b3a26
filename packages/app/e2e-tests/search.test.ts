import { test, expect } from '@playwright/test';
import { saveScreenshot, signInAsGuest, watchConsoleErrors } from './portal';

test('search finds catalog entities', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  await signInAsGuest(page);

  // The collator indexes the catalog shortly after start; poll until then.
  await expect(async () => {
    await page.goto('/search?query=harvester');
    await expect(
      page.getByRole('link', { name: /Virtualization/ }).first(),
    ).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  await saveScreenshot(page, 'search');
  expect(errors).toEqual([]);
});
